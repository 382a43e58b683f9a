import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './reconnect-backoff';

describe('reconnect backoff', () => {
  it('doubles from 1 s up to 60 s', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => reconnectDelayMs(attempt, middle))).toEqual([
      1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
  });

  it('spreads retries by up to 20% either way', () => {
    expect(reconnectDelayMs(3, () => 0)).toBe(6400);
    expect(reconnectDelayMs(3, () => 1)).toBe(9600);
  });
});
