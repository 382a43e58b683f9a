import FFT from 'fft.js';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { parseWav } from '../../electron/media/wav';

export interface Wav {
  rate: number;
  /** The first channel, 16-bit signed. */
  samples: Int16Array;
}

/** A sine tone as S16LE mono WAV (at 8 kHz by default: what baresip's aufile plays into PCMU). */
export async function makeToneWav(path: string, frequency: number, seconds: number, rate = 8000): Promise<void> {
  const args = ['-n', '-r', `${rate}`, '-c', '1', '-b', '16', '-e', 'signed-integer', path];
  await promisify(execFile)('sox', [...args, 'synth', `${seconds}`, 'sine', `${frequency}`, 'vol', '0.35']);
}

/**
 * A stand-in for a voice as S16LE mono WAV: pink noise in the telephone band (300-3400 Hz),
 * swelling and fading three times a second like syllables, peaks at -6 dBFS. Unlike a steady
 * tone it excites an echo canceller the way speech does.
 */
export async function makeSpeechLikeWav(path: string, seconds: number, rate = 8000): Promise<void> {
  const args = ['-n', '-r', `${rate}`, '-c', '1', '-b', '16', '-e', 'signed-integer', path];
  const noise = ['synth', `${seconds}`, 'pinknoise', 'band', '300', '3400'];
  const syllables = ['synth', `${seconds}`, 'sine', 'amod', '3'];
  await promisify(execFile)('sox', [...args, ...noise, ...syllables, 'gain', '-n', '-6']);
}

/** What a lab phone plays into its calls: its tone, or speech-like noise when `speechLike`. */
export function makeFarEndSound(path: string, sound: { frequency: number; speechLike?: boolean }, seconds: number) {
  return sound.speechLike ? makeSpeechLikeWav(path, seconds) : makeToneWav(path, sound.frequency, seconds);
}

/** Reads a 16-bit PCM mono WAV (baresip's recordings included) with the product's own parser. */
export function readWav(path: string): Wav {
  const audio = parseWav(readFileSync(path), path);
  return { rate: audio.sampleRate, samples: audio.samples };
}

/**
 * The fraction of the signal's spectral energy within ±bandHz of frequency, summed over Hann-windowed
 * FFT frames across the whole signal. A clean tone scores close to 1; noise, silence gaps with clicks
 * or the wrong tone pull it down.
 */
export function energyShareAt(samples: Int16Array, rate: number, frequency: number, bandHz = 20): number {
  const size = Math.min(4096, 2 ** Math.floor(Math.log2(Math.max(2, samples.length))));
  const fft = new FFT(size);
  const window = Array.from({ length: size }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (size - 1)));
  const frame = new Array<number>(size);
  const spectrum: number[] = fft.createComplexArray();
  let inBand = 0;
  let total = 0;
  for (let start = 0; start + size <= samples.length; start += size) {
    for (let i = 0; i < size; i++) frame[i] = (samples[start + i]! / 32768) * window[i]!;
    fft.realTransform(spectrum, frame);
    for (let bin = 1; bin < size / 2; bin++) {
      const energy = spectrum[2 * bin]! ** 2 + spectrum[2 * bin + 1]! ** 2;
      total += energy;
      if (Math.abs((bin * rate) / size - frequency) <= bandHz) inBand += energy;
    }
  }
  return total === 0 ? 0 : inBand / total;
}

/** Root mean square, in sample units (full scale is 32768). */
export function rms(samples: Int16Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return samples.length === 0 ? 0 : Math.sqrt(sum / samples.length);
}

/** The fraction of 20 ms frames whose RMS is below threshold (default about -50 dBFS). */
export function silenceRatio(samples: Int16Array, rate: number, threshold = 100): number {
  const frameLength = Math.round(rate / 50);
  const frames = Math.floor(samples.length / frameLength);
  let silent = 0;
  for (let frame = 0; frame < frames; frame++) {
    if (rms(samples.subarray(frame * frameLength, (frame + 1) * frameLength)) < threshold) silent++;
  }
  return frames === 0 ? 1 : silent / frames;
}
