import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { energyShareAt, makeSpeechLikeWav, makeToneWav, readWav, rms, silenceRatio } from './tones';

const dir = mkdtempSync(join(tmpdir(), 'dialtone-tones-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a generated tone reads back as 8 kHz mono with its energy at its frequency', async () => {
  const path = join(dir, 'tone.wav');
  await makeToneWav(path, 440, 1);
  const { rate, samples } = readWav(path);
  expect(rate).toBe(8000);
  expect(samples.length).toBe(8000);
  expect(energyShareAt(samples, rate, 440)).toBeGreaterThan(0.99);
  expect(energyShareAt(samples, rate, 1000)).toBeLessThan(0.01);
  expect(rms(samples)).toBeGreaterThan(0.35 * 32768 * 0.7 - 200);
  expect(silenceRatio(samples, rate)).toBe(0);
});

test('silence is silent', () => {
  const samples = new Int16Array(8000);
  expect(rms(samples)).toBe(0);
  expect(silenceRatio(samples, 8000)).toBe(1);
  expect(energyShareAt(samples, 8000, 440)).toBe(0);
});

test('speech-like noise spreads over the telephone band and swells and fades like syllables', async () => {
  const path = join(dir, 'speech.wav');
  await makeSpeechLikeWav(path, 2);
  const { rate, samples } = readWav(path);
  expect(samples.length).toBe(2 * rate);
  expect(energyShareAt(samples, rate, 1000)).toBeLessThan(0.1);
  const tenths = Array.from({ length: 20 }, (_, i) => rms(samples.subarray((i * rate) / 10, ((i + 1) * rate) / 10)));
  expect(Math.max(...tenths)).toBeGreaterThan(2000);
  expect(Math.min(...tenths)).toBeLessThan(Math.max(...tenths) / 4);
});
