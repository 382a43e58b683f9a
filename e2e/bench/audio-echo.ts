import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { decodeG711 } from '../../electron/media/g711';
import type { ReceivedFrame } from '../../electron/media/media-session-types';
import { encodeWav } from '../../electron/media/wav';

/*
 * echoRoundTripMs through the sound test: Chromium's fake microphone loops a WAV of silence with
 * one sharp click a second. The page records its own microphone track and the call's remote track
 * side by side in one AudioContext (one clock), and main's side of the bridge records, frame by
 * frame, when each microphone frame reached the sound test's port and when the same frame left it
 * again in the playback. Per click:
 *
 *   round trip = (echo in the page's ear - click in the page's mic)   [page clock]
 *              - (frame k left the port in playback - frame k reached the port while recording)   [main]
 *
 * The subtracted term is exactly what the sound test adds (its 8 s record window, timer and phase
 * overhead, and the arrival jitter of that frame against the paced playback): frame k of the
 * recording is frame k of the playback, 160 samples each, so the click's place inside the frame
 * cancels. What remains is mic -> WebRTC -> werift -> port plus port -> werift -> WebRTC -> ear.
 */

export const clickPeriodMs = 1000;
const micRate = 48_000;
const captureRate = 16_000;

/** One second of silence with a 1 ms raised-cosine click (0.8 full scale) in the middle; Chromium loops it. */
export function writeClickTrain(dir: string): string {
  const samples = new Int16Array((micRate * clickPeriodMs) / 1000);
  const width = micRate / 1000;
  const start = samples.length / 2 - width / 2;
  for (let i = 0; i <= width; i++)
    samples[start + i] = Math.round(0.8 * 32767 * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / width)));
  const path = join(dir, 'click-train.wav');
  writeFileSync(path, encodeWav({ sampleRate: micRate, samples }));
  return path;
}

type CaptureWindow = Window & {
  __peers: RTCPeerConnection[];
  __capture?: { context: AudioContext; mic: Float32Array[]; ear: Float32Array[]; walls: number[] };
};

/** Starts recording the page's microphone track and its call's remote track (the ear) into one AudioContext. */
export async function startPageCapture(page: Page): Promise<void> {
  await page.evaluate(async (rate) => {
    const target = window as unknown as CaptureWindow;
    const pc = target.__peers.at(-1);
    const mic = pc?.getSenders().find((sender) => sender.track?.kind === 'audio')?.track;
    const ear = pc?.getReceivers().find((receiver) => receiver.track.kind === 'audio')?.track;
    if (!mic || !ear) throw new Error('The page has no call audio tracks');
    const context = new AudioContext({ sampleRate: rate });
    const merger = context.createChannelMerger(2);
    context.createMediaStreamSource(new MediaStream([mic])).connect(merger, 0, 0);
    context.createMediaStreamSource(new MediaStream([ear])).connect(merger, 0, 1);
    const recorder = context.createScriptProcessor(1024, 2, 1);
    const silent = context.createGain();
    silent.gain.value = 0;
    const capture = { context, mic: [] as Float32Array[], ear: [] as Float32Array[], walls: [] as number[] };
    recorder.onaudioprocess = (event) => {
      capture.walls.push(performance.timeOrigin + performance.now());
      capture.mic.push(new Float32Array(event.inputBuffer.getChannelData(0)));
      capture.ear.push(new Float32Array(event.inputBuffer.getChannelData(1)));
    };
    merger.connect(recorder);
    recorder.connect(silent);
    silent.connect(context.destination);
    await context.resume();
    target.__capture = capture;
  }, captureRate);
}

export interface PageCapture {
  rate: number;
  mic: Float32Array;
  ear: Float32Array;
  /** Coarse wall clock (epoch ms) of sample 0, from the ScriptProcessor callbacks: for matching only. */
  epochAtZero: number;
}

export async function stopPageCapture(page: Page): Promise<PageCapture> {
  const raw = await page.evaluate(async () => {
    const capture = (window as unknown as CaptureWindow).__capture;
    if (!capture) throw new Error('No capture running');
    await capture.context.close();
    // No named functions in here: tsx would wrap them in a __name() helper the page does not have.
    const [mic, ear] = [capture.mic, capture.ear].map((chunks) => {
      const all = new Float32Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      chunks.reduce((at, chunk) => (all.set(chunk, at), at + chunk.length), 0);
      const bytes = new Uint8Array(all.buffer);
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    });
    return { mic: mic!, ear: ear!, walls: capture.walls, length: capture.mic[0]?.length ?? 0 };
  });
  const floats = (base64: string) => {
    const bytes = Buffer.from(base64, 'base64');
    return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  };
  // Each callback comes after its chunk's last sample: the least late one sets the offset.
  const epochAtZero = Math.min(...raw.walls.map((wall, i) => wall - ((i + 1) * raw.length * 1000) / captureRate));
  return { rate: captureRate, mic: floats(raw.mic), ear: floats(raw.ear), epochAtZero };
}

/** Peaks of |x| above 35 % of the loudest from `from` on, at least 300 ms apart, with parabolic refinement (samples). */
export function findClicks(samples: ArrayLike<number>, rate: number, from = 0): number[] {
  let loudest = 0;
  for (let i = from; i < samples.length; i++) loudest = Math.max(loudest, Math.abs(samples[i]!));
  const threshold = 0.35 * loudest;
  const clicks: number[] = [];
  const span = Math.round(rate * 0.01);
  for (let i = from; i < samples.length; i++) {
    if (Math.abs(samples[i]!) < threshold) continue;
    let peak = i;
    for (let j = i; j < Math.min(samples.length, i + span); j++)
      if (Math.abs(samples[j]!) > Math.abs(samples[peak]!)) peak = j;
    const [a, b, c] = [peak - 1, peak, peak + 1].map((k) => Math.abs(samples[k] ?? 0)) as [number, number, number];
    const curve = a - 2 * b + c;
    clicks.push(peak + (curve < 0 ? (0.5 * (a - c)) / curve : 0));
    i = peak + Math.round(rate * 0.3);
  }
  return clicks;
}

/** Main's side of the sound test: the frames that reached its port while recording and left it in playback. */
export function soundTestRecorder() {
  const recorded: { at: number; samples: Int16Array }[] = [];
  const played: number[] = [];
  let phase: string | undefined;
  return {
    setPhase: (next: string | undefined) => void (phase = next),
    fromBridge(payload: Uint8Array, at: number) {
      if (phase === 'recording') recorded.push({ at, samples: decodeG711('PCMU', payload) });
    },
    toBridge(_frame: ReceivedFrame, at: number) {
      if (phase === 'playback') played.push(at);
    },
    frames: () => ({ recorded, played }),
  };
}

export interface EchoResult {
  roundTripMs: number[];
  /** Sound test delay subtracted per click (ms). */
  soundTestDelayMs: number[];
  clicksInMain: number;
  /** Rough split from the two processes' wall clocks (tens of ms of slack): diagnostics only. */
  coarseUplinkMs: number[];
}

/**
 * Matches each click main recorded to the click in the page's mic that caused it and to its echo in
 * the page's ear (by wall clock, within ±40 % of the click period), and computes the round trip.
 * `epochOffset` turns main's performance.now() into epoch ms.
 */
export function echoRoundTrips(
  main: { recorded: { at: number; samples: Int16Array }[]; played: number[] },
  page: PageCapture,
  epochOffset: number,
): EchoResult {
  // The recording as the sound test keeps it (frames joined in arrival order); playback re-cuts it in 160s.
  const starts: number[] = [];
  const stream = new Int16Array(
    main.recorded.reduce((sum, frame) => (starts.push(sum), sum + frame.samples.length), 0),
  );
  main.recorded.forEach((frame, k) => stream.set(frame.samples, starts[k]));
  const toEpoch = (sample: number) => page.epochAtZero + (sample * 1000) / page.rate;
  const micClicks = findClicks(page.mic, page.rate);
  const playbackFrom = Math.max(
    0,
    Math.floor((((main.played[0] ?? 0) + epochOffset - page.epochAtZero) * page.rate) / 1000),
  );
  const earClicks = findClicks(page.ear, page.rate, playbackFrom);
  const nearest = (clicks: number[], epoch: number) => {
    const best = clicks.reduce<number | undefined>(
      (found, click) =>
        found === undefined || Math.abs(toEpoch(click) - epoch) < Math.abs(toEpoch(found) - epoch) ? click : found,
      undefined,
    );
    return best !== undefined && Math.abs(toEpoch(best) - epoch) < 0.4 * clickPeriodMs ? best : undefined;
  };
  const result: EchoResult = { roundTripMs: [], soundTestDelayMs: [], clicksInMain: 0, coarseUplinkMs: [] };
  const edge = 80; // a click cut by the record window's edges has its peak in the wrong place
  for (const click of findClicks(stream, 8000)) {
    if (click < edge || click > stream.length - edge) continue;
    const sample = Math.round(click);
    const k = starts.findLastIndex((start) => start <= sample);
    const inAt = main.recorded[k]!.at + ((click - starts[k]!) * 1000) / 8000;
    const played = main.played[Math.floor(sample / 160)];
    if (played === undefined) continue;
    const outAt = played + ((click - Math.floor(sample / 160) * 160) * 1000) / 8000;
    result.clicksInMain++;
    const mic = nearest(micClicks, inAt + epochOffset);
    const ear = nearest(earClicks, outAt + epochOffset);
    if (mic === undefined || ear === undefined) continue;
    const delay = outAt - inAt;
    result.soundTestDelayMs.push(delay);
    result.roundTripMs.push(((ear - mic) * 1000) / page.rate - delay);
    result.coarseUplinkMs.push(inAt + epochOffset - toEpoch(mic));
  }
  return result;
}

/** Chromium's own view of the ear side: average ms a sample spends in the jitter buffer, and from there to the output. */
export async function earDelays(page: Page): Promise<{ jitterBufferMs: number; playoutMs: number; targetMs: number }> {
  return page.evaluate(async () => {
    const pc = (window as unknown as CaptureWindow).__peers.at(-1);
    const stats = { jitterBufferMs: NaN, playoutMs: NaN, targetMs: NaN };
    (await pc?.getStats())?.forEach((entry: Record<string, number | string>) => {
      if (entry.type === 'inbound-rtp' && entry.kind === 'audio') {
        const emitted = Number(entry.jitterBufferEmittedCount);
        stats.jitterBufferMs = (Number(entry.jitterBufferDelay) / emitted) * 1000;
        stats.targetMs = (Number(entry.jitterBufferTargetDelay) / emitted) * 1000;
      }
      if (entry.type === 'media-playout') {
        stats.playoutMs = (Number(entry.totalPlayoutDelay) / Number(entry.totalSamplesCount)) * 1000;
      }
    });
    return stats;
  });
}
