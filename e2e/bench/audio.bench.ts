import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startCallLab, type CallLab } from '../support/call-lab';
import { echoTiming } from '../support/echo-measure';
import { launchBenchBrowser, openDialtone, startBenchShell } from './audio-bench-shell';
import { callCostFigures, measureCallCost } from './audio-call-cost';
import { writeClickTrain } from './audio-echo';
import { measureEchoCancellationPhase, type EchoCancellationFigures } from './audio-echo-cancellation';
import { measureEchoRoundTrip } from './audio-echo-round-trip';
import { measureCallGrowth } from './audio-memory';
import { progress, round } from './audio-progress';
import { installAudioProbe, type AudioProbe } from './audio-relay-probe';
import { linphonecUnavailableReason, startSecondCaller, type SecondCaller } from './audio-second-caller';
import type { BenchFigures } from './bench-figures';
import { benchAmount } from './quick-mode';
import { percentile } from './sip-relay-probe';

/**
 * bench:audio: the call audio path between the page and main, with the backend in this process
 * and Dialtone's page in Chromium (fake microphone, loopback WebRTC):
 * - echoRoundTripMs through the sound test (see audio-echo.ts for what is measured and subtracted);
 * - relay latency of the audio bridge (werift <-> PacketPort, see audio-relay-probe.ts), CPU of
 *   main and of Chromium's processes, and PSS of them all, during a call to the lab's auto-answering
 *   bob, with linphonec in a call of its own on the same Kamailio over the same window, measured alike
 *   (audio-call-cost.ts, audio-second-caller.ts);
 * - RSS growth of main and the page's renderer over many calls (audio-memory.ts);
 * - BENCH_CPU_PROFILE=DIR: CPU profiles of main and the page over the call (audio-cpu-profile.ts);
 * - last, once all of the above has stopped: echoReturnLossEnhancementDb on PulseAudio's virtual
 *   devices, as audio-devices.spec.ts measures it (audio-echo-cancellation.ts).
 * Progress goes to stderr; the figures are one JSON object on the last line of stdout.
 */
const callSeconds = benchAmount({ full: 30, quick: 2, variable: 'BENCH_CALL_SECONDS' });
const idleSeconds = benchAmount({ full: 3, quick: 1 });
const growthCalls = benchAmount({ full: 100, quick: 3, variable: 'BENCH_GROWTH_CALLS' });
const growthTalkMs = 1000;
const profileDir = process.env.BENCH_CPU_PROFILE;
const echoCallTiming = {
  talkSeconds: benchAmount({ full: echoTiming.talkSeconds, quick: 1.5 }),
  tailSeconds: benchAmount({ full: echoTiming.tailSeconds, quick: 2 }),
};

const median = (values: number[]) => percentile(values, 50);

const dir = mkdtempSync(join(tmpdir(), 'dialtone-audio-bench-'));
mkdirSync(join(dir, 'data'), { mode: 0o700 });
const started: {
  lab?: CallLab;
  shell?: Awaited<ReturnType<typeof startBenchShell>>;
  probe?: AudioProbe;
  browser?: Browser;
  linphonec?: SecondCaller;
} = {};
let figures: Omit<BenchFigures<'audio'>, keyof EchoCancellationFigures> | undefined;
try {
  const microphone = writeClickTrain(dir);
  const lab = (started.lab = await startCallLab());
  const noLinphonec = linphonecUnavailableReason();
  const linphonecStarting = noLinphonec
    ? Promise.resolve(undefined)
    : startSecondCaller(lab.kamailio).then((caller) => (started.linphonec = caller));
  const shellStarting = startBenchShell(join(dir, 'data')).then((backend) => (started.shell = backend));
  // Both settle before either's failure is thrown, so `finally` stops whichever did start.
  await Promise.allSettled([linphonecStarting, shellStarting]);
  const linphonec = await linphonecStarting;
  const shell = await shellStarting;
  const probe = (started.probe = installAudioProbe(shell.backend.calls));
  const browser = (started.browser = await launchBenchBrowser(microphone));
  const page = await openDialtone(browser, shell.url);

  const echo = await measureEchoRoundTrip(page, shell.backend, probe);
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    progress(`profiling main and the page over the call into ${profileDir}: the CPU figures include the profiler`);
  }
  const cost = await measureCallCost(page, lab, probe, {
    seconds: callSeconds,
    idleSeconds,
    linphonec,
    profileDir,
  });
  progress(`${growthCalls} calls to bob, ${growthTalkMs} ms of audio both ways each, for memory growth`);
  const growthAt = performance.now();
  const growth = await measureCallGrowth(page, probe, {
    target: lab.bob.sipUri,
    calls: growthCalls,
    talkMs: growthTalkMs,
  });

  const { inMs, outMs, unmatchedIn, unmatchedOut } = probe.samples();
  const relayMs = [...inMs, ...outMs];
  const spread = (values: number[]) => [50, 99, 100].map((p) => round(percentile(values, p), 3)).join('/');
  progress(
    `relay in p50/p99/max ${spread(inMs)} ms (${inMs.length}, unmatched ${unmatchedIn}), ` +
      `out ${spread(outMs)} ms (${outMs.length}, unmatched ${unmatchedOut})`,
  );
  if (inMs.length === 0 || outMs.length === 0) throw new Error('No call audio went through the bridge probe');
  const callFigures = callCostFigures(cost, callSeconds, noLinphonec);
  const { before, after } = growth;
  progress(
    `${growthCalls} calls in ${round((performance.now() - growthAt) / 1000)} s: RSS main ${round(before.mainMb)} -> ` +
      `${round(after.mainMb)} MB (JS heap ${round(before.mainHeapMb)} -> ${round(after.mainHeapMb)}, external ` +
      `${round(before.mainExternalMb)} -> ${round(after.mainExternalMb)}), renderer ${round(before.rendererMb)} -> ` +
      `${round(after.rendererMb)} MB` +
      (growthCalls === 100 ? '' : `; growth scaled from ${growthCalls} calls to 100`),
  );
  const per100Calls = (growthMb: number) => round((growthMb * 100) / growthCalls, 2);

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
    ...callFigures,
    growthCalls,
    rssGrowthMbOver100Calls: per100Calls(after.mainMb - before.mainMb),
    rendererRssGrowthMbOver100Calls: per100Calls(after.rendererMb - before.rendererMb),
  };
} finally {
  started.probe?.uninstall();
  await started.linphonec?.stop().catch(() => undefined);
  await started.browser?.close().catch(() => undefined);
  await started.shell?.stop().catch(() => undefined);
  await started.lab?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
// With its own processes, after the phases above have stopped theirs: neither disturbs the other's figures.
const echoFigures = await measureEchoCancellationPhase(echoCallTiming);
const allFigures: BenchFigures<'audio'> | undefined = figures && { ...figures, ...echoFigures };
// Last, once everything is stopped: nothing may print after it.
console.log(JSON.stringify(allFigures));
