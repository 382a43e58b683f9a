import { describe, expect, it } from 'vitest';
import { ituRingback, ringbackToneFor } from './ringback-tones';

describe('ringbackToneFor', () => {
  it('gives each country the ringing tone its people know', () => {
    expect(ringbackToneFor('US')).toEqual({ frequencies: [440, 480], cadence: [2, 4] });
    expect(ringbackToneFor('CA')).toBe(ringbackToneFor('US'));
    expect(ringbackToneFor('JM')).toBe(ringbackToneFor('US'));
    expect(ringbackToneFor('GB')).toEqual({ frequencies: [400, 450], cadence: [0.4, 0.2, 0.4, 2] });
    expect(ringbackToneFor('FR')).toEqual({ frequencies: [440], cadence: [1.5, 3.5] });
    expect(ringbackToneFor('ES')).toEqual({ frequencies: [425], cadence: [1.5, 3] });
    expect(ringbackToneFor('IN')).toEqual({ frequencies: [400], modulationHz: 25, cadence: [0.4, 0.2, 0.4, 2] });
    expect(ringbackToneFor('JP')).toEqual({ frequencies: [400], modulationHz: 16, cadence: [1, 2] });
  });

  it("uses E.180's recommended 425 Hz, 1 s on and 4 s off, for most of Europe and every country not listed", () => {
    expect(ituRingback).toEqual({ frequencies: [425], cadence: [1, 4] });
    for (const country of ['DE', 'IT', 'NL', 'CH', 'PL', 'BR', 'MX', 'ZZ', '', 'constructor', '__proto__']) {
      expect(ringbackToneFor(country), country).toBe(ituRingback);
    }
  });
});
