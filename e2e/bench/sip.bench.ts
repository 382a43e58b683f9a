import { setTimeout as sleep } from 'node:timers/promises';
import { energyShareAt } from '../lab/tones';
import type { BenchFigures } from './bench-figures';
import { benchAmount } from './quick-mode';
import { farEndTone, startSipBenchLab } from './sip-bench-lab';
import { installRelayProbe, percentile } from './sip-relay-probe';

/**
 * bench:sip: the SIP engine against the lab on 127.0.0.1 (Kamailio, baresip auto-answering):
 * REGISTER time with its 401 round trip, call setup (to a Dialtone phone that answers at once, and to
 * baresip, whose auto-answer starts its audio devices before it answers), relay latency through the media leg, CPU during
 * a call with audio both ways, and RSS growth over many short calls. Progress goes to stderr; the
 * figures are one JSON object on the last line of stdout.
 */
const registers = benchAmount({ full: 10, quick: 2, variable: 'BENCH_REGISTERS' });
const warmUpCalls = benchAmount({ full: 10, quick: 1, variable: 'BENCH_WARMUP_CALLS' });
const measuredCalls = benchAmount({ full: 100, quick: 2, variable: 'BENCH_RSS_CALLS' });
const callSeconds = benchAmount({ full: 30, quick: 2, variable: 'BENCH_CALL_SECONDS' });
const callsToDialtone = benchAmount({ full: 20, quick: 2 });
const shortCallAudioMs = 200;

const median = (values: number[]) => percentile(values, 50);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const progress = (line: string) => process.stderr.write(`bench:sip ${line}\n`);

async function residentMb(): Promise<number> {
  await sleep(300); // media sockets close asynchronously after a call ends
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage.rss() / 2 ** 20;
}

if (!globalThis.gc) progress('no global.gc (run with --expose-gc): RSS readings include garbage');
const probe = installRelayProbe();
const lab = await startSipBenchLab(callSeconds + 5);
let figures: BenchFigures<'sip'> | undefined;
try {
  // REGISTER with its 401 round trip, each on a fresh phone (the first, cold, is left out).
  const registerMs: number[] = [];
  for (let i = 0; i <= registers; i++) registerMs.push(await lab.timeRegistration());
  registerMs.shift();
  progress(`register median ${round(median(registerMs), 2)} ms, max ${round(Math.max(...registerMs), 2)} ms`);

  // Short calls: dial, connected, 200 ms of audio both ways, hang up, ended.
  const setupMs: number[] = [];
  const shortCall = async () => {
    const { call, setupMs: ms, port } = await lab.connect();
    setupMs.push(ms);
    await lab.talk(port, port, shortCallAudioMs);
    await lab.hangUp(call);
  };
  for (let i = 0; i < warmUpCalls; i++) await shortCall();
  // The same calls to a Dialtone far end that answers at once: setup without baresip's answer delay.
  const setupToDialtoneMs: number[] = [];
  for (let i = 0; i < callsToDialtone; i++) {
    const { call, setupMs: ms } = await lab.connect('carol');
    setupToDialtoneMs.push(ms);
    await lab.hangUp(call);
  }
  const rssBeforeMb = await residentMb();
  const measuredAt = performance.now();
  for (let i = 0; i < measuredCalls; i++) await shortCall();
  const rssAfterMb = await residentMb();
  progress(
    `${warmUpCalls}+${measuredCalls} calls in ${round((performance.now() - measuredAt) / 1000)} s: setup median ` +
      `${round(median(setupMs), 2)} ms, p90 ${round(percentile(setupMs, 90), 2)} ms; ` +
      `RSS ${round(rssBeforeMb)} -> ${round(rssAfterMb)} MB`,
  );

  // One long call: CPU share and relay latency while a WAV tone plays in and a sink records.
  const { call, port } = await lab.connect();
  const media = await call.media();
  const stopTiming = probe.timeFrames(port);
  probe.record(true);
  const cpuAt = process.cpuUsage();
  const wallAt = performance.now();
  const heard = await lab.talk(port, probe.timedPort(port), callSeconds * 1000);
  const cpu = process.cpuUsage(cpuAt);
  const wallMs = performance.now() - wallAt;
  probe.record(false);
  stopTiming();
  const stats = media?.stats();
  await lab.hangUp(call);
  const engineCpuPct = ((cpu.user + cpu.system) / 1000 / wallMs) * 100;
  const { inMs, outMs, engineStampMs, unmatched } = probe.samples();
  const relayMs = [...inMs, ...outMs];
  progress(
    `long call ${round(wallMs / 1000)} s: sent ${stats?.packetsSent}, received ${stats?.packetsReceived}, ` +
      `lost ${stats?.packetsLost}; heard ${round(energyShareAt(heard.samples, 8000, farEndTone), 3)} at ${farEndTone} Hz`,
  );
  progress(
    `relay in p50/p99/max ${[50, 99, 100].map((p) => round(percentile(inMs, p), 3)).join('/')} ms (${inMs.length}), ` +
      `out ${[50, 99, 100].map((p) => round(percentile(outMs, p), 3)).join('/')} ms (${outMs.length}), ` +
      `engine receivedAt stamp p99 ${round(percentile(engineStampMs, 99), 3)} ms, unmatched ${unmatched}`,
  );
  if (inMs.length === 0 || outMs.length === 0) throw new Error('No media went through the relay probe');

  figures = {
    registerMs: round(median(registerMs), 2),
    callSetupMs: round(median(setupToDialtoneMs), 2),
    callSetupToBaresipMs: round(median(setupMs), 2),
    relayLatencyP50Ms: round(percentile(relayMs, 50), 3),
    relayLatencyP99Ms: round(percentile(relayMs, 99), 3),
    relayInP99Ms: round(percentile(inMs, 99), 3),
    relayOutP99Ms: round(percentile(outMs, 99), 3),
    engineCpuPct: round(engineCpuPct, 2),
    rssGrowthMbOver100Calls: round(((rssAfterMb - rssBeforeMb) * 100) / measuredCalls, 2),
  };
} finally {
  probe.uninstall();
  await lab.stop();
}
// Last, once the lab is gone: nothing may print after it.
console.log(JSON.stringify(figures));
