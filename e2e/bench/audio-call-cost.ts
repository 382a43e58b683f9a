import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import type { CallLab } from '../support/call-lab';
import { invokeInPage, waitForCallAudio, waitForCallEvent, waitForRegistered } from '../support/call-page';
import { benchRendererDir } from './audio-bench-shell';
import { chromiumCpu, cpuShareByRole } from './audio-cpu';
import { startCpuProfiles } from './audio-cpu-profile';
import { appMemory } from './audio-memory';
import { pssUnavailableReason } from './audio-proc';
import { progress, round, unmeasured } from './audio-progress';
import type { AudioProbe } from './audio-relay-probe';
import type { SecondCaller } from './audio-second-caller';
import type { BenchFigures } from './bench-figures';
import { summarise, type CpuProfile } from './cpu-profile-summary';

/**
 * The cost of a call: CPU of this process (the backend), of Chromium's processes by role (/proc), of
 * the page's main thread (CDP Performance.getMetrics TaskDuration: script, layout, React; not WebRTC's
 * threads) and of linphonec in its own call, all over the same `seconds`.
 */
async function measureCpu(page: Page, seconds: number, linphonec: SecondCaller | undefined) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
  const taskAt = await taskSeconds();
  const chromiumAt = chromiumCpu();
  const linphonecAt = linphonec?.cpuMs();
  // After the /proc scans above, so their cost is not counted as main's.
  const cpuAt = process.cpuUsage();
  const wallAt = performance.now();
  await sleep(seconds * 1000);
  const cpu = process.cpuUsage(cpuAt);
  const chromium = chromiumCpu();
  const linphonecMs = linphonec && linphonecAt !== undefined ? linphonec.cpuMs() - linphonecAt : undefined;
  const wallMs = performance.now() - wallAt;
  const pageMainThreadPct = (((await taskSeconds()) - taskAt) * 1000 * 100) / wallMs;
  await cdp.detach();
  return {
    mainPct: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
    chromium: cpuShareByRole(chromiumAt, chromium, wallMs),
    pageMainThreadPct,
    linphonecPct: linphonecMs === undefined ? undefined : (linphonecMs / wallMs) * 100,
  };
}

export interface CallCostOptions {
  seconds: number;
  idleSeconds: number;
  /** linphonec, in a call of its own over the same window; undefined where it cannot run. */
  linphonec: SecondCaller | undefined;
  /** BENCH_CPU_PROFILE: write CPU profiles of main and the page over the window into this folder. */
  profileDir: string | undefined;
}

/**
 * Registers, measures idle CPU, then a call to the lab's auto-answering bob with audio both ways
 * (linphonec in its own call meanwhile): CPU over `seconds`, and memory at the end of that window.
 */
export async function measureCallCost(page: Page, lab: CallLab, probe: AudioProbe, options: CallCostOptions) {
  const { linphonec, profileDir } = options;
  await invokeInPage(page, 'settings:update', {
    echoCancellation: true,
    noiseSuppression: true,
    autoGainControl: true,
  });
  await invokeInPage(page, 'accounts:save', lab.aliceAccount);
  await waitForRegistered(page);
  const idle = await measureCpu(page, options.idleSeconds, undefined);
  await linphonec?.call();
  const dialled = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'connected');
  await waitForCallAudio(page);
  await sleep(1000); // past the jitter buffer's first fill and ICE consent checks
  progress(`call connected${linphonec ? ', linphonec in its own call' : ''}; measuring ${options.seconds} s`);
  const profiles = profileDir ? await startCpuProfiles(page, profileDir, benchRendererDir) : undefined;
  probe.record(true);
  const busy = await measureCpu(page, options.seconds, linphonec);
  probe.record(false);
  const profilePaths = await profiles?.stop();
  const memory = appMemory();
  const linphonecMemory = linphonec?.memory();
  await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended');
  const linphonecHeard = await linphonec?.hangUp();
  if (linphonecHeard && Math.min(linphonecHeard.linphonecHeard, linphonecHeard.carolHeard) < 0.9) {
    throw new Error(`linphonec's call did not carry audio both ways: ${JSON.stringify(linphonecHeard)}`);
  }
  return { idle, busy, memory, linphonecMemory, linphonecHeard, profilePaths };
}

type CallCostFigureKey =
  | 'callSeconds'
  | 'mainCpuPct'
  | 'mainIdleCpuPct'
  | 'rendererCpuPct'
  | 'rendererProcessCpuPct'
  | 'audioServiceCpuPct'
  | 'rendererMainThreadCpuPct'
  | 'browserProcessCpuPct'
  | 'appCpuPct'
  | 'linphonecCpuPct'
  | 'linphonecRssMb'
  | 'linphonecPssMb'
  | 'appPssMb'
  | 'mainPssMb'
  | 'chromiumPssMb';

/**
 * The call's figures, with progress lines that show where they come from (and the CPU profiles'
 * top functions, if any); `noLinphonec` says why linphonec did not run, if it did not.
 */
export function callCostFigures(
  cost: Awaited<ReturnType<typeof measureCallCost>>,
  seconds: number,
  noLinphonec: string | undefined,
): Pick<BenchFigures<'audio'>, CallCostFigureKey> {
  const { idle, busy, memory, linphonecMemory, linphonecHeard } = cost;
  const { chromium } = busy;
  const appCpuPct = busy.mainPct + chromium.renderer + chromium.audio + chromium.browser + chromium.other;
  progress(
    `CPU % of a core: main ${round(busy.mainPct, 2)} (idle ${round(idle.mainPct, 2)}); chromium renderer ` +
      `${round(chromium.renderer, 2)} (${chromium.processes.renderer} processes), audio service ${round(chromium.audio, 2)}, ` +
      `browser ${round(chromium.browser, 2)}, other ${round(chromium.other, 2)} (idle renderer ${round(idle.chromium.renderer, 2)}); ` +
      `page main thread ${round(busy.pageMainThreadPct, 2)} (idle ${round(idle.pageMainThreadPct, 2)}); ` +
      `app (main + every Chromium process) ${round(appCpuPct, 2)}`,
  );
  if (busy.linphonecPct !== undefined && linphonecMemory && linphonecHeard) {
    const { rssMb, pssMb } = linphonecMemory;
    progress(
      `linphonec in its own call over the same window: CPU ${round(busy.linphonecPct, 2)} % of a core, RSS ` +
        `${round(rssMb)} MB, PSS ${pssMb === undefined ? 'unreadable' : `${round(pssMb)} MB`}; tone heard by ` +
        `linphonec ${round(linphonecHeard.linphonecHeard, 3)}, by carol ${round(linphonecHeard.carolHeard, 3)}`,
    );
  }
  if (memory) {
    progress(
      `PSS during the call: main ${round(memory.mainPssMb)} MB (the bench process: the backend with Playwright's ` +
        `client and the lab's controllers), Chromium ${round(memory.chromiumPssMb)} MB (${memory.chromiumProcesses} processes)`,
    );
  }
  for (const [name, path] of Object.entries(cost.profilePaths ?? {})) {
    const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
    progress(`CPU profile of ${name} (${path}): ${summarise(profile).join('\n  ')}`);
  }
  const noPss = pssUnavailableReason() ?? 'a process had no PSS to read';
  const noLinphonecReason = noLinphonec ?? 'linphonec did not run';
  return {
    callSeconds: seconds,
    mainCpuPct: round(busy.mainPct, 2),
    mainIdleCpuPct: round(idle.mainPct, 2),
    rendererCpuPct: round(chromium.renderer + chromium.audio, 2),
    rendererProcessCpuPct: round(chromium.renderer, 2),
    audioServiceCpuPct: round(chromium.audio, 2),
    rendererMainThreadCpuPct: round(busy.pageMainThreadPct, 2),
    browserProcessCpuPct: round(chromium.browser, 2),
    appCpuPct: round(appCpuPct, 2),
    linphonecCpuPct:
      busy.linphonecPct === undefined ? unmeasured('linphonecCpuPct', noLinphonecReason) : round(busy.linphonecPct, 2),
    linphonecRssMb: linphonecMemory ? round(linphonecMemory.rssMb) : unmeasured('linphonecRssMb', noLinphonecReason),
    linphonecPssMb:
      linphonecMemory?.pssMb === undefined
        ? unmeasured('linphonecPssMb', linphonecMemory ? noPss : noLinphonecReason)
        : round(linphonecMemory.pssMb),
    appPssMb: memory ? round(memory.mainPssMb + memory.chromiumPssMb) : unmeasured('appPssMb', noPss),
    mainPssMb: memory ? round(memory.mainPssMb) : unmeasured('mainPssMb', noPss),
    chromiumPssMb: memory ? round(memory.chromiumPssMb) : unmeasured('chromiumPssMb', noPss),
  };
}
