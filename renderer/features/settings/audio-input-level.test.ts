import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { describeLevel, describeMicrophoneError, levelFromSamples } from './audio-input-level';

function sine(amplitude: number, length = 1024) {
  return Float32Array.from({ length }, (_, index) => amplitude * Math.sin((2 * Math.PI * index) / 32));
}

describe('levelFromSamples', () => {
  it('maps silence to 0, full scale to 100 and speech levels in between', () => {
    expect(levelFromSamples(new Float32Array(512))).toBe(0);
    expect(levelFromSamples([])).toBe(0);
    expect(levelFromSamples(sine(1.4))).toBe(100);
    const speech = levelFromSamples(sine(0.05)); // about -29 dBFS
    expect(speech).toBeGreaterThan(40);
    expect(speech).toBeLessThan(60);
    expect(levelFromSamples(sine(0.0005))).toBe(0);
  });
});

describe('describeLevel', () => {
  it('puts the level in words', () => {
    expect([0, 30, 60, 95].map((level) => translate(describeLevel(level)))).toEqual([
      'Silent',
      'Quiet',
      'Good',
      'Very loud',
    ]);
  });
});

describe('describeMicrophoneError', () => {
  it('tells the person what to do for each failure', () => {
    expect(describeMicrophoneError(new DOMException('x', 'NotAllowedError'))).toMatch(/privacy settings/);
    expect(describeMicrophoneError(new DOMException('x', 'NotFoundError'))).toMatch(/not connected/);
    expect(describeMicrophoneError(new DOMException('x', 'NotReadableError'))).toMatch(/another app/);
    expect(describeMicrophoneError('strange')).toMatch(/could not be opened/);
  });
});
