import { describe, expect, it } from 'vitest';
import { cadenceCycle, cycleBursts, renderRingbackCycle } from './ringback-signal';
import { ringbackToneFor } from './ringback-tones';

const rate = 8000;

/** Magnitude of one frequency in a stretch of samples (a single DFT bin), relative to a full-scale sine. */
function magnitudeAt(samples: Float32Array, frequency: number): number {
  let re = 0;
  let im = 0;
  samples.forEach((sample, index) => {
    re += sample * Math.cos((2 * Math.PI * frequency * index) / rate);
    im -= sample * Math.sin((2 * Math.PI * frequency * index) / rate);
  });
  return (2 * Math.hypot(re, im)) / samples.length;
}

const seconds = (samples: Float32Array, from: number, to: number) =>
  samples.subarray(Math.round(from * rate), Math.round(to * rate));
const peak = (samples: Float32Array) => samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);

describe('cycleBursts', () => {
  it("lays out one cycle: the US tone's single 2 s burst, the UK's double ring", () => {
    expect(cycleBursts([2, 4])).toEqual([{ start: 0, end: 2 }]);
    const uk = cycleBursts([0.4, 0.2, 0.4, 2]);
    expect(uk.map(({ start, end }) => [start, end].map((value) => Math.round(value * 1000) / 1000))).toEqual([
      [0, 0.4],
      [0.6, 1],
    ]);
    expect(cadenceCycle([0.4, 0.2, 0.4, 2])).toBeCloseTo(3);
  });

  it('refuses a cadence that is not pairs of positive durations', () => {
    for (const cadence of [[], [1], [1, 0], [0, 1], [1, -4], [1, Number.NaN]]) {
      expect(() => cycleBursts(cadence), JSON.stringify(cadence)).toThrow(/pairs of positive/);
    }
  });
});

describe('renderRingbackCycle', () => {
  it('renders the US tone: 440 and 480 Hz for 2 s, then 4 s of silence, one cycle long', () => {
    const cycle = renderRingbackCycle(ringbackToneFor('US'), rate);
    expect(cycle).toHaveLength(6 * rate);
    const burst = seconds(cycle, 0.5, 1.5);
    expect(magnitudeAt(burst, 440)).toBeCloseTo(0.08, 2);
    expect(magnitudeAt(burst, 480)).toBeCloseTo(0.08, 2);
    expect(magnitudeAt(burst, 425)).toBeLessThan(0.005);
    expect(peak(seconds(cycle, 2, 6))).toBe(0);
  });

  it("renders the UK's double ring with its 0.2 s gap, fading in and out instead of clicking", () => {
    const cycle = renderRingbackCycle(ringbackToneFor('GB'), rate);
    expect(cycle).toHaveLength(3 * rate);
    expect(peak(seconds(cycle, 0.05, 0.35))).toBeGreaterThan(0.12);
    expect(peak(seconds(cycle, 0.401, 0.599))).toBe(0);
    expect(peak(seconds(cycle, 0.65, 0.95))).toBeGreaterThan(0.12);
    expect(peak(seconds(cycle, 1.001, 3))).toBe(0);
    expect(magnitudeAt(seconds(cycle, 0.6, 1), 400)).toBeCloseTo(0.08, 2);
    // The first and last samples of a burst are (nearly) silent: no click.
    expect(Math.abs(cycle[0]!)).toBe(0);
    expect(Math.abs(cycle[Math.round(0.4 * rate) - 1]!)).toBeLessThan(0.01);
  });

  it('modulates the tones E.180 gives as "400 × 25": the carrier with sidebands at ±25 Hz', () => {
    const burst = seconds(renderRingbackCycle(ringbackToneFor('IN'), rate), 0, 0.4);
    const carrier = magnitudeAt(burst, 400);
    expect(carrier).toBeCloseTo(0.04, 2);
    expect(magnitudeAt(burst, 425) / carrier).toBeCloseTo(0.45, 1);
    expect(magnitudeAt(burst, 375) / carrier).toBeCloseTo(0.45, 1);
  });

  it('never leaves full scale, whatever the country', () => {
    for (const country of ['US', 'GB', 'FR', 'JP', 'IN', 'ZA', 'AU', 'DE']) {
      expect(peak(renderRingbackCycle(ringbackToneFor(country), 48_000)), country).toBeLessThan(0.2);
    }
  });
});
