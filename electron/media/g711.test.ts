import { describe, expect, it } from 'vitest';
import { alawToLinear, decodeG711, encodeG711, g711Silence, linearToAlaw, linearToUlaw, ulawToLinear } from './g711';

describe('G.711', () => {
  it.each([
    ['PCMU', linearToUlaw, ulawToLinear],
    ['PCMA', linearToAlaw, alawToLinear],
  ] as const)('%s: every code decodes and re-encodes to itself', (_, encode, decode) => {
    for (let code = 0; code < 256; code++) {
      const linear = decode(code);
      const again = encode(linear);
      // μ-law has two codes for zero (0x7f and 0xff); both decode to 0.
      expect(again === code || (linear === 0 && decode(again) === 0)).toBe(true);
    }
  });

  it.each(['PCMU', 'PCMA'] as const)('%s: round trip error stays within the segment step', (codec) => {
    const samples = Int16Array.from({ length: 2001 }, (_, i) => Math.round(-32768 + i * 32.767));
    const decoded = decodeG711(codec, encodeG711(codec, samples));
    samples.forEach((sample, i) => {
      const step = Math.max(16, Math.abs(sample) / 16);
      expect(Math.abs(decoded[i]! - sample)).toBeLessThanOrEqual(step + 132);
    });
  });

  it('knows the standard codes for silence and full scale', () => {
    expect(linearToUlaw(0)).toBe(g711Silence.PCMU);
    expect(linearToAlaw(0)).toBe(g711Silence.PCMA);
    expect(ulawToLinear(0x00)).toBe(-32124);
    expect(ulawToLinear(0x80)).toBe(32124);
    expect(alawToLinear(0xaa)).toBe(32256);
    expect(alawToLinear(0x2a)).toBe(-32256);
    expect(linearToUlaw(40000)).toBe(0x80);
  });
});
