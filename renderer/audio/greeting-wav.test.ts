import { describe, expect, it } from 'vitest';
import { checkGreetingWav } from '../../shared/models/greeting-recording';
import { base64Of, encodeWav } from './greeting-wav';

const tone = (seconds: number, rate: number) =>
  Float32Array.from({ length: Math.round(seconds * rate) }, (_, n) => 0.5 * Math.sin((2 * Math.PI * 440 * n) / rate));

describe('encodeWav', () => {
  it('writes mono 16-bit PCM that main accepts, with its length', () => {
    const wav = encodeWav(tone(3, 16000), 16000);
    expect(wav.length).toBe(44 + 3 * 16000 * 2);
    expect(checkGreetingWav(wav)).toEqual({ ok: true, seconds: 3 });
    const view = new DataView(wav.buffer);
    expect([view.getUint16(22, true), view.getUint32(24, true), view.getUint16(34, true)]).toEqual([1, 16000, 16]);
    // The tone's peak, a quarter period in: 0.5 of full scale.
    expect(view.getInt16(44 + 2 * 9, true)).toBeGreaterThan(16000);
  });

  it('clips samples beyond full scale instead of wrapping them', () => {
    const view = new DataView(encodeWav(Float32Array.from([2, -2]), 8000).buffer);
    expect([view.getInt16(44, true), view.getInt16(46, true)]).toEqual([32767, -32768]);
  });
});

describe('base64Of', () => {
  it('encodes more bytes than one call of String.fromCharCode takes', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, n) => n % 256);
    expect(Buffer.from(base64Of(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
