import { readFile, writeFile } from 'node:fs/promises';
import { decodeG711, encodeG711 } from './g711';
import { samplesPerFrame, type PacketPort, type ReceivedFrame } from './media-session-types';

/** 16-bit PCM mono WAV: read, write, play into a PacketPort and record from one. No resampling. */

export interface WavAudio {
  sampleRate: number;
  samples: Int16Array;
}

const frameMs = 20;

/** Parses RIFF/WAVE with 16-bit PCM; several channels are refused (we never mix down silently). */
export function parseWav(bytes: Buffer, name = 'WAV'): WavAudio {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error(`${name} is not a RIFF/WAVE file`);
  }
  let format: { tag: number; channels: number; rate: number; bits: number } | undefined;
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ' && body + 16 <= bytes.length) {
      const tag = bytes.readUInt16LE(body);
      format = {
        tag: tag === 0xfffe && body + 26 <= bytes.length ? bytes.readUInt16LE(body + 24) : tag,
        channels: bytes.readUInt16LE(body + 2),
        rate: bytes.readUInt32LE(body + 4),
        bits: bytes.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!format) throw new Error(`${name}: the data chunk comes before the fmt chunk`);
      if (format.tag !== 1 || format.bits !== 16) throw new Error(`${name} is not 16-bit PCM`);
      if (format.channels !== 1) throw new Error(`${name} has ${format.channels} channels; only mono is supported`);
      // A recording cut short may say 0 or 0xFFFFFFFF: take what is there.
      const end = size === 0 || body + size > bytes.length ? bytes.length : body + size;
      const samples = new Int16Array(Math.floor((end - body) / 2));
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(body + i * 2);
      return { sampleRate: format.rate, samples };
    }
    at = body + size + (size & 1);
  }
  throw new Error(`${name} has no data chunk`);
}

export function encodeWav(audio: WavAudio): Buffer {
  const dataBytes = audio.samples.length * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write('WAVE', 8, 'ascii');
  out.write('fmt ', 12, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(audio.sampleRate, 24);
  out.writeUInt32LE(audio.sampleRate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(dataBytes, 40);
  audio.samples.forEach((sample, i) => out.writeInt16LE(sample, 44 + i * 2));
  return out;
}

export async function readWav(path: string): Promise<WavAudio> {
  return parseWav(await readFile(path), path);
}

export async function writeWav(path: string, audio: WavAudio): Promise<void> {
  await writeFile(path, encodeWav(audio));
}

export interface WavSource {
  /** Resolves when the file has been played (never, with loop, until stop()). */
  readonly done: Promise<void>;
  stop(): void;
}

/** Reads an 8 kHz mono 16-bit WAV for playing into a call, or says how to convert it. */
export async function readCallWav(path: string): Promise<Int16Array> {
  const audio = await readWav(path);
  if (audio.sampleRate !== 8000) {
    throw new Error(
      `${path} is ${audio.sampleRate} Hz; calls need 8000 Hz mono 16-bit (resample it first, e.g. sox in.wav -r 8000 out.wav)`,
    );
  }
  if (audio.samples.length === 0) throw new Error(`${path} has no samples`);
  return audio.samples;
}

/**
 * Plays 8 kHz samples into the port, 20 ms per frame, encoded with the port's codec at the time
 * of sending. Frames are scheduled from a fixed start on the hrtime clock, so timer lateness does
 * not accumulate; after a stall of more than 100 ms the schedule restarts.
 */
export function playSamples(port: PacketPort, samples: Int16Array, options: { loop?: boolean } = {}): WavSource {
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  let start = now();
  let frame = 0;
  let offset = 0;
  let timer: NodeJS.Timeout | undefined;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
    finish();
  };
  const tick = () => {
    if (now() - (start + frame * frameMs) > 100) {
      start = now();
      frame = 0;
    }
    while (start + frame * frameMs <= now()) {
      if (offset >= samples.length) {
        if (!options.loop) return stop();
        offset = 0;
      }
      const pcm = new Int16Array(samplesPerFrame);
      pcm.set(samples.subarray(offset, offset + samplesPerFrame));
      offset += samplesPerFrame;
      frame++;
      if (port.codec) port.send(encodeG711(port.codec, pcm), samplesPerFrame);
    }
    timer = setTimeout(tick, Math.max(0, start + frame * frameMs - now()));
  };
  if (samples.length === 0) stop();
  else tick();
  return { done, stop };
}

/** Plays an 8 kHz mono 16-bit WAV file into the port (see playSamples). */
export async function createWavSource(
  port: PacketPort,
  path: string,
  options: { loop?: boolean } = {},
): Promise<WavSource> {
  return playSamples(port, await readCallWav(path), options);
}

export interface WavSink {
  /** Frames recorded so far. */
  readonly frames: number;
  /** Stops recording, writes the WAV (8 kHz mono 16-bit) and returns what was heard. */
  stop(): Promise<WavAudio>;
}

/** Records received frames, decoded, in arrival order. */
export function createWavSink(port: PacketPort, path: string): WavSink {
  const chunks: Int16Array[] = [];
  const unsubscribe = port.onFrame((frame: ReceivedFrame) => void chunks.push(decodeG711(frame.codec, frame.payload)));
  let stopped: Promise<WavAudio> | undefined;
  return {
    get frames() {
      return chunks.length;
    },
    stop() {
      stopped ??= (async () => {
        unsubscribe();
        const samples = new Int16Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
        chunks.reduce((at, chunk) => (samples.set(chunk, at), at + chunk.length), 0);
        const audio = { sampleRate: 8000, samples };
        await writeWav(path, audio);
        return audio;
      })();
      return stopped;
    },
  };
}
