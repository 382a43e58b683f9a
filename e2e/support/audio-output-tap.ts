import type { Page } from '@playwright/test';

/*
 * Listens to what the page itself plays through Web Audio (ringback, keypad tones): everything
 * connected to an AudioContext's destination is also recorded, chunk by chunk, with the output
 * device the context plays on at that moment. Call audio (an <audio> element) is not included.
 */

export interface TappedChunk {
  /** performance.now() in the page when the chunk was recorded (callbacks come in bursts under load). */
  at: number;
  /** How long it plays: its samples over the context's rate. */
  seconds: number;
  /** The context's sinkId then: '' for the system default, else the device's id. */
  sinkId: string;
  rms: number;
}

interface TapRecord {
  sampleRate: number;
  chunks: Array<TappedChunk & { samples: Float32Array }>;
}

type TapWindow = Window & {
  __outputTaps: TapRecord[];
  __callStateTimes: Array<{ state: string; earlyMedia: boolean; at: number }>;
};

/** Before any page script: taps every AudioContext destination the page connects to. */
export async function tapAudioOutputs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const target = window as unknown as TapWindow;
    target.__outputTaps = [];
    const connect = AudioNode.prototype.connect as (this: AudioNode, destination: AudioNode) => AudioNode;
    const taps = new Map<BaseAudioContext, AudioNode>();
    const tapFor = (context: BaseAudioContext): AudioNode => {
      const existing = taps.get(context);
      if (existing) return existing;
      const recorder = context.createScriptProcessor(1024, 1, 1);
      const mute = context.createGain();
      mute.gain.value = 0;
      const record: TapRecord = { sampleRate: context.sampleRate, chunks: [] };
      recorder.onaudioprocess = (event) => {
        const samples = new Float32Array(event.inputBuffer.getChannelData(0));
        let sum = 0;
        for (const sample of samples) sum += sample * sample;
        const sinkId = (context as AudioContext & { sinkId?: string }).sinkId ?? '';
        const rms = Math.sqrt(sum / samples.length);
        record.chunks.push({
          at: performance.now(),
          seconds: samples.length / context.sampleRate,
          sinkId,
          rms,
          samples,
        });
      };
      connect.call(recorder, mute);
      connect.call(mute, context.destination);
      taps.set(context, recorder);
      target.__outputTaps.push(record);
      return recorder;
    };
    AudioNode.prototype.connect = function (this: AudioNode, destination: AudioNode | AudioParam, ...rest: number[]) {
      if (destination instanceof AudioDestinationNode) connect.call(this, tapFor(destination.context));
      return (connect as (...args: unknown[]) => AudioNode).call(this, destination, ...rest);
    } as typeof AudioNode.prototype.connect;
  });
}

/** Waits for a burst of sound to begin in any tapped output (its newest chunk loud, the one before quiet). */
export async function waitForSoundToStart(page: Page, audibleRms: number, timeoutMs = 10_000): Promise<void> {
  await page
    .waitForFunction(
      (threshold) =>
        (window as unknown as TapWindow).__outputTaps.some(({ chunks }) => {
          const [before, last] = chunks.slice(-2);
          return before !== undefined && last !== undefined && before.rms <= threshold && last.rms > threshold;
        }),
      audibleRms,
      { timeout: timeoutMs, polling: 5 },
    )
    .catch(() => {
      throw new Error(`No sound began in the page's Web Audio outputs in ${timeoutMs} ms`);
    });
}

/** Keeps the page time of every call state change, to line the tapped audio up with the call. */
export async function timeCallStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = window as unknown as TapWindow & {
      dialtone: { on(channel: string, listener: (call: { state: string; earlyMedia: boolean }) => void): void };
    };
    target.__callStateTimes = [];
    target.dialtone.on('calls:state-changed', ({ state, earlyMedia }) =>
      target.__callStateTimes.push({ state, earlyMedia, at: performance.now() }),
    );
  });
}

/** When (page time) the call first reached a state matching `predicate`. */
export async function callStateTime(
  page: Page,
  predicate: (change: { state: string; earlyMedia: boolean }) => boolean,
): Promise<number> {
  const changes = await page.evaluate(() => (window as unknown as TapWindow).__callStateTimes);
  const found = changes.find(predicate);
  if (!found) throw new Error(`No such call state change: ${JSON.stringify(changes)}`);
  return found.at;
}

export interface TappedOutput {
  sampleRate: number;
  /** Every chunk of the window, quiet ones included: the on-off pattern. */
  chunks: TappedChunk[];
  /** The loud chunks' samples, in order, as 16-bit. */
  loudSamples: Int16Array;
}

/** Per AudioContext that played anything in [from, to) (page time): what it played then. */
export async function tappedOutputs(page: Page, from: number, to: number): Promise<TappedOutput[]> {
  const outputs = await page.evaluate(
    ([start, end]) =>
      (window as unknown as TapWindow).__outputTaps
        .map((record) => {
          const chunks = record.chunks.filter((chunk) => chunk.at >= start && chunk.at < end);
          return {
            sampleRate: record.sampleRate,
            chunks: chunks.map(({ at, seconds, sinkId, rms }) => ({ at, seconds, sinkId, rms })),
            loudSamples: chunks
              .filter((chunk) => chunk.rms > 0)
              .flatMap((chunk) => Array.from(chunk.samples, (sample) => Math.round(sample * 32767))),
          };
        })
        .filter((output) => output.loudSamples.length > 0),
    [from, to] as const,
  );
  return outputs.map((output) => ({ ...output, loudSamples: Int16Array.from(output.loudSamples) }));
}
