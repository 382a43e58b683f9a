import { describe, expect, it } from 'vitest';
import { soundTestVerdict } from './sound-test-verdict';

describe('sound test verdict', () => {
  it.each([
    [{ peakDbfs: -6, averageDbfs: -24 }, 'good', /sounds good/],
    [{ peakDbfs: -0.2, averageDbfs: -12 }, 'problem', /too loud/],
    [{ peakDbfs: -35, averageDbfs: -50 }, 'problem', /quiet/],
    [{ peakDbfs: -80, averageDbfs: -90 }, 'problem', /almost nothing/],
    [{ peakDbfs: null, averageDbfs: null }, 'problem', /almost nothing/],
  ] as const)('%o is %s', (levels, tone, text) => {
    const verdict = soundTestVerdict(levels);
    expect(verdict.tone).toBe(tone);
    expect(verdict.text).toMatch(text);
  });
});
