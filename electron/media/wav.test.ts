import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeG711, encodeG711 } from './g711';
import type { G711Codec, PacketPort, ReceivedFrame } from './media-session-types';
import { energyShareAt, tone } from './test-support/media-test-kit';
import { createWavSink, createWavSource, encodeWav, parseWav, readWav, writeWav } from './wav';

let folder: string;
beforeAll(async () => void (folder = await mkdtemp(join(tmpdir(), 'dialtone-wav-'))));
afterAll(async () => rm(folder, { recursive: true, force: true }));

function fakePort(codec: G711Codec | undefined) {
  const sent: { payload: Uint8Array; at: number }[] = [];
  const listeners = new Set<(frame: ReceivedFrame) => void>();
  const port: PacketPort = {
    codec,
    send: (payload) => void sent.push({ payload, at: performance.now() }),
    onFrame: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
  };
  const deliver = (frame: ReceivedFrame) => listeners.forEach((listener) => listener(frame));
  return { port, sent, deliver };
}

describe('WAV files', () => {
  it('writes and reads 16-bit mono PCM', async () => {
    const samples = Int16Array.of(0, 1, -1, 32767, -32768);
    const path = join(folder, 'round.wav');
    await writeWav(path, { sampleRate: 8000, samples });
    expect(await readWav(path)).toEqual({ sampleRate: 8000, samples });
  });

  it('refuses what it cannot play, saying why', async () => {
    expect(() => parseWav(Buffer.from('nope'))).toThrow(/not a RIFF\/WAVE/);
    const stereo = encodeWav({ sampleRate: 8000, samples: new Int16Array(4) });
    stereo.writeUInt16LE(2, 22);
    expect(() => parseWav(stereo)).toThrow(/2 channels/);
    const path = join(folder, 'cd.wav');
    await writeFile(path, encodeWav({ sampleRate: 44100, samples: new Int16Array(10) }));
    await expect(createWavSource(fakePort('PCMU').port, path)).rejects.toThrow(/44100 Hz.*8000 Hz/);
  });
});

describe('WAV source and sink', () => {
  it('paces 20 ms frames without drift and ends after the file', async () => {
    const path = join(folder, 'tone.wav');
    await writeWav(path, { sampleRate: 8000, samples: tone(440, 0.5) });
    const { port, sent } = fakePort('PCMA');
    const started = performance.now();
    const source = await createWavSource(port, path);
    await source.done;
    expect(sent).toHaveLength(25);
    const span = sent.at(-1)!.at - sent[0]!.at;
    expect(span).toBeGreaterThan(24 * 20 - 15);
    expect(span).toBeLessThan(24 * 20 + 60);
    expect(performance.now() - started).toBeLessThan(800);
    const decoded = new Int16Array(sent.flatMap(({ payload }) => [...decodeG711('PCMA', payload)]));
    expect(energyShareAt(decoded, 440)).toBeGreaterThan(0.95);
  });

  it('loops until stopped', async () => {
    const path = join(folder, 'short.wav');
    await writeWav(path, { sampleRate: 8000, samples: tone(1000, 0.04) });
    const { port, sent } = fakePort('PCMU');
    const source = await createWavSource(port, path, { loop: true });
    await new Promise((resolve) => setTimeout(resolve, 150));
    source.stop();
    await source.done;
    expect(sent.length).toBeGreaterThanOrEqual(6);
  });

  it('records received frames decoded into a WAV', async () => {
    const { port, deliver } = fakePort('PCMU');
    const path = join(folder, 'heard.wav');
    const sink = createWavSink(port, path);
    const samples = tone(440, 0.2);
    for (let i = 0; i < 10; i++) {
      const payload = encodeG711('PCMU', samples.subarray(i * 160, (i + 1) * 160));
      deliver({ codec: 'PCMU', payload, timestamp: i * 160, sequence: i, marker: i === 0, receivedAt: 0 });
    }
    expect(sink.frames).toBe(10);
    const heard = await sink.stop();
    expect(heard.samples).toHaveLength(1600);
    expect((await readWav(path)).samples).toEqual(heard.samples);
    expect(energyShareAt(heard.samples, 440)).toBeGreaterThan(0.95);
  });
});
