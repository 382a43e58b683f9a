import { describe, expect, it } from 'vitest';
import { rateQuality } from './quality-rating';

const clean = { roundTripMs: 60, jitterMs: 4, lossPercent: 0, mos: 4.4 };

describe('rateQuality', () => {
  it('is unknown until figures arrive', () => {
    expect(rateQuality(null)).toEqual({ level: 'unknown', label: 'Checking…', warnings: [] });
    expect(rateQuality({ roundTripMs: null, jitterMs: null, lossPercent: null, mos: null }).level).toBe('unknown');
  });

  it('is good below every threshold, including exactly at them', () => {
    expect(rateQuality(clean)).toEqual({ level: 'good', label: 'Good', warnings: [] });
    expect(rateQuality({ roundTripMs: 400, jitterMs: 30, lossPercent: 3, mos: 3.5 }).level).toBe('good');
  });

  it('warns in plain words at each alarm threshold', () => {
    expect(rateQuality({ ...clean, lossPercent: 4 })).toMatchObject({
      level: 'fair',
      warnings: [expect.stringContaining('Your connection is losing audio packets (4%)')],
    });
    expect(rateQuality({ ...clean, lossPercent: 3.25 }).warnings[0]).toContain('(3.3%)');
    expect(rateQuality({ ...clean, jitterMs: 42.4 }).warnings[0]).toContain('jitter 42 ms');
    expect(rateQuality({ ...clean, roundTripMs: 450 }).warnings[0]).toContain('450 ms round trip');
  });

  it('is poor with a low score or two alarms', () => {
    expect(rateQuality({ ...clean, mos: 3.2 })).toMatchObject({
      level: 'poor',
      warnings: ['The call is likely to sound poor (estimated score 3.2 out of 4.5).'],
    });
    expect(rateQuality({ ...clean, lossPercent: 5, jitterMs: 50 }).level).toBe('poor');
  });
});
