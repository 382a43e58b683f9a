import { describe, expect, it } from 'vitest';
import {
  addDeviceEvent,
  addLocalSample,
  addRemoteSample,
  deviceEventLimit,
  emptyTally,
  summarise,
} from './call-quality-summary';

const blank = { roundTripMs: null, jitterMs: null, lossPercent: null, mos: null };

describe('a call quality summary', () => {
  it('says nothing it did not measure: every figure null with no samples', () => {
    expect(summarise(emptyTally())).toEqual({
      samples: 0,
      average: blank,
      worst: blank,
      concealedPercent: null,
      glitches: null,
      deviceEvents: [],
    });
  });

  it('averages each figure over the samples that had it and keeps the worst (lowest score, highest others)', () => {
    let tally = emptyTally();
    tally = addRemoteSample(tally, { roundTripMs: 40, jitterMs: 2, lossPercent: 0, mos: 4.4 });
    tally = addRemoteSample(tally, { roundTripMs: 80, jitterMs: null, lossPercent: 6, mos: 3.6 });
    tally = addRemoteSample(tally, { ...blank, roundTripMs: 60 });
    const summary = summarise(tally);
    expect(summary.samples).toBe(3);
    expect(summary.average).toEqual({ roundTripMs: 60, jitterMs: 2, lossPercent: 3, mos: 4 });
    expect(summary.worst).toEqual({ roundTripMs: 80, jitterMs: 2, lossPercent: 6, mos: 3.6 });
  });

  it('ignores samples with no figure and figures that are not finite', () => {
    let tally = addRemoteSample(emptyTally(), blank);
    tally = addRemoteSample(tally, { ...blank, jitterMs: Number.NaN, roundTripMs: Number.POSITIVE_INFINITY });
    expect(summarise(tally).samples).toBe(0);
    expect(summarise(tally).average).toEqual(blank);
  });

  it('takes the latest local counters: concealment as a share of what was received, and the glitch count', () => {
    let tally = addLocalSample(emptyTally(), { concealedSamples: 10, totalSamplesReceived: 1000, glitches: 0 });
    tally = addLocalSample(tally, { concealedSamples: 400, totalSamplesReceived: 8000, glitches: 3 });
    expect(summarise(tally)).toMatchObject({ concealedPercent: 5, glitches: 3 });
  });

  it('gives no concealment share without a count of samples received, and clamps hostile counters', () => {
    const share = (concealedSamples: number | null, totalSamplesReceived: number | null, glitches: number | null) =>
      summarise(addLocalSample(emptyTally(), { concealedSamples, totalSamplesReceived, glitches }));
    expect(share(5, null, null)).toMatchObject({ concealedPercent: null, glitches: null });
    expect(share(null, 100, 1)).toMatchObject({ concealedPercent: null, glitches: 1 });
    expect(share(5, 0, null).concealedPercent).toBeNull();
    expect(share(500, 100, -4)).toMatchObject({ concealedPercent: 100, glitches: 0 });
    expect(share(-5, 100, Number.NaN)).toMatchObject({ concealedPercent: 0, glitches: null });
  });

  it('keeps each device event once, and no more than a bounded number', () => {
    const unplugged = { kind: 'disconnected' as const, message: 'Headset was disconnected.' };
    let tally = addDeviceEvent(addDeviceEvent(emptyTally(), unplugged), unplugged);
    expect(summarise(tally).deviceEvents).toEqual([unplugged]);
    for (let i = 0; i < 50; i += 1) tally = addDeviceEvent(tally, { kind: 'moved', message: `move ${i}` });
    expect(summarise(tally).deviceEvents).toHaveLength(deviceEventLimit);
  });
});
