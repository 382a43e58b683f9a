import { describe, expect, it } from 'vitest';
import { levelToPercent } from './level-scale';

describe('levelToPercent', () => {
  it('maps RMS to a -60..0 dBFS bar', () => {
    expect(levelToPercent(0)).toBe(0);
    expect(levelToPercent(Number.NaN)).toBe(0);
    expect(levelToPercent(0.001)).toBe(0); // -60 dBFS
    expect(levelToPercent(0.1)).toBe(67); // -20 dBFS, ordinary speech
    expect(levelToPercent(1)).toBe(100);
    expect(levelToPercent(3)).toBe(100);
  });
});
