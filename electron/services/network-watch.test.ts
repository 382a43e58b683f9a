import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addressFingerprint, watchNetwork } from './network-watch';

describe('network watch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ignores loopback and orders addresses stably', () => {
    const entry = (address: string, internal = false) => ({ address, internal }) as never;
    expect(
      addressFingerprint({ lo: [entry('127.0.0.1', true)], wlan0: [entry('10.0.0.7')], eth0: [entry('192.0.2.4')] }),
    ).toBe('eth0/192.0.2.4,wlan0/10.0.0.7');
  });

  it('reports a change once, and nothing while the addresses stay the same', () => {
    let current = 'a';
    const changes: number[] = [];
    const stop = watchNetwork(
      () => changes.push(Date.now()),
      1000,
      () => current,
    );
    vi.advanceTimersByTime(3000);
    expect(changes).toHaveLength(0);
    current = 'b';
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(3000);
    expect(changes).toHaveLength(1);
    stop();
    current = 'c';
    vi.advanceTimersByTime(3000);
    expect(changes).toHaveLength(1);
  });
});
