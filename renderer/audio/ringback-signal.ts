import type { RingbackTone } from './ringback-tones';

/** Peak of each sine component (full scale 1): two of them peak at -16 dBFS, like the keypad tones. */
const componentAmplitude = 0.08;
/** Bursts fade in and out over 5 ms: a tone that starts or stops abruptly clicks. */
const rampSeconds = 0.005;
/** E.180's modulated tones swing between 5% and 95% of full level (90% depth). */
const modulationDepth = 0.9;

export interface ToneBurst {
  /** Seconds from the start of the cycle. */
  start: number;
  end: number;
}

/** The length of one on-off pattern, in seconds. */
export function cadenceCycle(cadence: readonly number[]): number {
  return cadence.reduce((sum, seconds) => sum + seconds, 0);
}

/** The bursts of sound in one cycle, seconds from its start, in order. */
export function cycleBursts(cadence: readonly number[]): ToneBurst[] {
  if (cadence.length === 0 || cadence.length % 2 !== 0 || cadence.some((seconds) => !(seconds > 0))) {
    throw new Error(`A cadence is pairs of positive on and off durations, not [${cadence.join(', ')}]`);
  }
  const bursts: ToneBurst[] = [];
  let offset = 0;
  for (let index = 0; index < cadence.length; index += 2) {
    bursts.push({ start: offset, end: offset + cadence[index]! });
    offset += cadence[index]! + cadence[index + 1]!;
  }
  return bursts;
}

/**
 * One cycle of the tone as samples at `sampleRate`, ending in its last quiet stretch, so that
 * looping it plays the tone for as long as needed without a timer (timers are throttled in a
 * window in the background; an audio loop is not).
 */
export function renderRingbackCycle(tone: RingbackTone, sampleRate: number): Float32Array<ArrayBuffer> {
  const cycle = cadenceCycle(tone.cadence);
  const samples = new Float32Array(Math.round(cycle * sampleRate));
  for (const { start, end } of cycleBursts(tone.cadence)) {
    const last = Math.min(samples.length, Math.round(end * sampleRate));
    for (let index = Math.round(start * sampleRate); index < last; index++) {
      const time = index / sampleRate;
      const envelope = Math.min(1, (time - start) / rampSeconds, (end - time) / rampSeconds);
      let value = 0;
      for (const frequency of tone.frequencies) value += Math.sin(2 * Math.PI * frequency * time);
      if (tone.modulationHz) value *= (1 + modulationDepth * Math.sin(2 * Math.PI * tone.modulationHz * time)) / 2;
      samples[index] = componentAmplitude * Math.max(0, envelope) * value;
    }
  }
  return samples;
}
