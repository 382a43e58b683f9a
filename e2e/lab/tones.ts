import FFT from 'fft.js';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

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

/** Reads 16-bit PCM WAV, walking the RIFF chunks (libsndfile may add chunks or leave sizes unfinished). */
export function readWav(path: string): Wav {
  const bytes = readFileSync(path);
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error(`${path} is not a RIFF/WAVE file`);
  }
  let format: { tag: number; channels: number; rate: number; bits: number } | undefined;
  for (let offset = 12; offset + 8 <= bytes.length;) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = {
        tag: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        rate: bytes.readUInt32LE(body + 4),
        bits: bytes.readUInt16LE(body + 14),
      };
      // WAVE_FORMAT_EXTENSIBLE keeps the real format tag at the start of its sub-format GUID.
      if (format.tag === 0xfffe) format.tag = bytes.readUInt16LE(body + 24);
    } else if (id === 'data') {
      if (!format) throw new Error(`${path}: data chunk before fmt chunk`);
      if (format.tag !== 1 || format.bits !== 16)
        throw new Error(`${path}: not 16-bit PCM (${JSON.stringify(format)})`);
      // A recording cut short has a size of 0 or 0xFFFFFFFF: take what is there.
      const end = size === 0 || body + size > bytes.length ? bytes.length : body + size;
      const frameBytes = 2 * format.channels;
      const samples = new Int16Array(Math.floor((end - body) / frameBytes));
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(body + i * frameBytes);
      return { rate: format.rate, samples };
    }
    offset = body + size + (size & 1);
  }
  throw new Error(`${path}: no data chunk`);
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
