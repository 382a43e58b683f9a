import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from '@playwright/test';
import type { EventPayload } from '../../shared/contract/event-channels';
import { soundTestTarget } from '../../shared/models/call';
import { startCallLab, type CallLab } from '../support/call-lab';
import { invokeInPage, waitForCallAudio, waitForCallEvent, waitForRegistered } from '../support/call-page';
import { launchBenchBrowser, openDialtone, startBenchShell } from './audio-bench-shell';
import { chromiumCpu, cpuShareByRole } from './audio-cpu';
import type { BenchFigures } from './bench-figures';
import {
  earDelays,
  echoRoundTrips,
  soundTestRecorder,
  startPageCapture,
  stopPageCapture,
  writeClickTrain,
} from './audio-echo';
import { installAudioProbe, type AudioProbe } from './audio-relay-probe';
import { benchAmount } from './quick-mode';
import { percentile } from './sip-relay-probe';

/**
 * bench:audio: the call audio path between the page and main, with the backend in this process
 * and Dialtone's page in Chromium (fake microphone, loopback WebRTC):
 * - echoRoundTripMs through the sound test (see audio-echo.ts for what is measured and subtracted);
 * - relay latency of the audio bridge (werift <-> PacketPort, see audio-relay-probe.ts) and CPU of
 *   main and of Chromium's renderer + audio service during a call to the lab's auto-answering bob.
 * Progress goes to stderr; the figures are one JSON object on the last line of stdout.
 */
const callSeconds = benchAmount({ full: 30, quick: 2, variable: 'BENCH_CALL_SECONDS' });
const idleSeconds = benchAmount({ full: 3, quick: 1 });

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => percentile(values, 50);
const progress = (line: string) => process.stderr.write(`bench:audio ${line}\n`);

async function measureEchoRoundTrip(
  page: Page,
  backend: Awaited<ReturnType<typeof startBenchShell>>['backend'],
  probe: AudioProbe,
) {
  // Processing off, so the click reaches main as it was (a person keeps it on).
  await invokeInPage(page, 'settings:update', {
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
  });
  const recorder = soundTestRecorder();
  const stopObserving = probe.observe(recorder);
  // The phase changes arrive here in the same tick as the sound test starts and stops recording.
  const stopPhases = backend.events.subscribe((event, payload) => {
    if (event !== 'calls:state-changed') return;
    const call = payload as EventPayload<'calls:state-changed'>;
    if (call.remoteNumber === soundTestTarget)
      recorder.setPhase(call.state === 'ended' ? undefined : call.soundTest?.phase);
  });
  try {
    const dialled = await invokeInPage(page, 'calls:dial', { target: soundTestTarget });
    await waitForCallAudio(page);
    await waitForCallEvent(page, (call) => call.id === dialled.id && call.soundTest?.phase === 'recording', 20_000);
    progress('sound test recording');
    await startPageCapture(page);
    await waitForCallEvent(page, (call) => call.id === dialled.id && call.soundTest?.phase === 'playback', 20_000);
    await sleep(4000);
    const ear = await earDelays(page);
    progress(
      `page ear (getStats averages): jitter buffer ${round(ear.jitterBufferMs)} ms (target ${round(ear.targetMs)}), ` +
        `playout ${round(ear.playoutMs)} ms`,
    );
    await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended', 30_000);
    const capture = await stopPageCapture(page);
    const frames = recorder.frames();
    const echo = echoRoundTrips(frames, capture, performance.timeOrigin);
    progress(
      `sound test: ${frames.recorded.length} frames recorded, ${frames.played.length} played; ` +
        `${echo.clicksInMain} clicks in main, ${echo.roundTripMs.length} matched; round trips ` +
        `${echo.roundTripMs.map((ms) => round(ms)).join(', ')} ms; subtracted sound test delay ` +
        `${echo.soundTestDelayMs.map((ms) => round(ms)).join(', ')} ms; coarse uplink ${echo.coarseUplinkMs.map((ms) => round(ms)).join(', ')} ms`,
    );
    if (echo.roundTripMs.length === 0) throw new Error('No click made it through the sound test and back');
    return { ...echo, ear };
  } finally {
    stopPhases();
    stopObserving();
  }
}

/**
 * CPU of this process (the backend), of Chromium's processes by role (/proc), and of the page's main
 * thread (CDP Performance.getMetrics TaskDuration: script, layout, React; not WebRTC's threads), over `seconds`.
 */
async function measureCpu(page: Page, seconds: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
  const taskAt = await taskSeconds();
  const cpuAt = process.cpuUsage();
  const chromiumAt = chromiumCpu();
  const wallAt = performance.now();
  await sleep(seconds * 1000);
  const cpu = process.cpuUsage(cpuAt);
  const chromium = chromiumCpu();
  const wallMs = performance.now() - wallAt;
  const pageMainThreadPct = (((await taskSeconds()) - taskAt) * 1000 * 100) / wallMs;
  await cdp.detach();
  return {
    mainPct: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
    chromium: cpuShareByRole(chromiumAt, chromium, wallMs),
    pageMainThreadPct,
  };
}

async function measureCall(page: Page, lab: CallLab, probe: AudioProbe) {
  await invokeInPage(page, 'settings:update', {
    echoCancellation: true,
    noiseSuppression: true,
    autoGainControl: true,
  });
  await invokeInPage(page, 'accounts:save', lab.aliceAccount);
  await waitForRegistered(page);
  const idle = await measureCpu(page, idleSeconds);
  const dialled = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'connected');
  await waitForCallAudio(page);
  await sleep(1000); // past the jitter buffer's first fill and ICE consent checks
  progress(`call connected; measuring ${callSeconds} s`);
  probe.record(true);
  const busy = await measureCpu(page, callSeconds);
  probe.record(false);
  await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended');
  return { idle, busy };
}

const dir = mkdtempSync(join(tmpdir(), 'dialtone-audio-bench-'));
mkdirSync(join(dir, 'data'), { mode: 0o700 });
const started: {
  lab?: CallLab;
  shell?: Awaited<ReturnType<typeof startBenchShell>>;
  probe?: AudioProbe;
  browser?: Browser;
} = {};
let figures: BenchFigures<'audio'> | undefined;
try {
  const microphone = writeClickTrain(dir);
  const lab = (started.lab = await startCallLab());
  const shell = (started.shell = await startBenchShell(join(dir, 'data')));
  const probe = (started.probe = installAudioProbe(shell.backend.calls));
  const browser = (started.browser = await launchBenchBrowser(microphone));
  const page = await openDialtone(browser, shell.url);

  const echo = await measureEchoRoundTrip(page, shell.backend, probe);
  const { idle, busy } = await measureCall(page, lab, probe);

  const { inMs, outMs, unmatchedIn, unmatchedOut } = probe.samples();
  const relayMs = [...inMs, ...outMs];
  const spread = (values: number[]) => [50, 99, 100].map((p) => round(percentile(values, p), 3)).join('/');
  progress(
    `relay in p50/p99/max ${spread(inMs)} ms (${inMs.length}, unmatched ${unmatchedIn}), ` +
      `out ${spread(outMs)} ms (${outMs.length}, unmatched ${unmatchedOut})`,
  );
  const { chromium } = busy;
  progress(
    `CPU % of a core: main ${round(busy.mainPct, 2)} (idle ${round(idle.mainPct, 2)}); chromium renderer ` +
      `${round(chromium.renderer, 2)} (${chromium.processes.renderer} processes), audio service ${round(chromium.audio, 2)}, ` +
      `browser ${round(chromium.browser, 2)}, other ${round(chromium.other, 2)} (idle renderer ${round(idle.chromium.renderer, 2)}); ` +
      `page main thread ${round(busy.pageMainThreadPct, 2)} (idle ${round(idle.pageMainThreadPct, 2)})`,
  );
  if (inMs.length === 0 || outMs.length === 0) throw new Error('No call audio went through the bridge probe');

  figures = {
    echoRoundTripMs: round(median(echo.roundTripMs)),
    echoRoundTripMinMs: round(Math.min(...echo.roundTripMs)),
    echoRoundTripMaxMs: round(Math.max(...echo.roundTripMs)),
    echoClicks: echo.roundTripMs.length,
    soundTestDelayMs: round(median(echo.soundTestDelayMs)),
    earJitterBufferMs: round(echo.ear.jitterBufferMs),
    earPlayoutDelayMs: round(echo.ear.playoutMs),
    relayLatencyP50Ms: round(percentile(relayMs, 50), 3),
    relayLatencyP99Ms: round(percentile(relayMs, 99), 3),
    relayInP99Ms: round(percentile(inMs, 99), 3),
    relayOutP99Ms: round(percentile(outMs, 99), 3),
    callSeconds,
    mainCpuPct: round(busy.mainPct, 2),
    mainIdleCpuPct: round(idle.mainPct, 2),
    rendererCpuPct: round(chromium.renderer + chromium.audio, 2),
    rendererProcessCpuPct: round(chromium.renderer, 2),
    audioServiceCpuPct: round(chromium.audio, 2),
    rendererMainThreadCpuPct: round(busy.pageMainThreadPct, 2),
    browserProcessCpuPct: round(chromium.browser, 2),
  };
} finally {
  started.probe?.uninstall();
  await started.browser?.close().catch(() => undefined);
  await started.shell?.stop().catch(() => undefined);
  await started.lab?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
// Last, once everything is stopped: nothing may print after it.
console.log(JSON.stringify(figures));
