import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { initialCallPriceState, priceDebounceMs, selectors, useCallPriceStore } from './call-price.store';

const store = () => useCallPriceStore.getState();
const priced = { kind: 'priced' as const, price: { perMinute: 0.014, currency: 'USD' } };

beforeEach(() => {
  vi.useFakeTimers();
  useCallPriceStore.setState(initialCallPriceState);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('call price store', () => {
  it('asks main once for the number typing stopped at, not per keystroke', async () => {
    const fake = createFakeDialtoneApi({ 'calls:price-per-minute': () => ok(priced) });
    vi.stubGlobal('window', { dialtone: fake });
    for (const number of ['+1512555012', '+15125550123', '+151255501234', '+15125550123']) {
      store().priceOf(number, 'a1');
      await vi.advanceTimersByTimeAsync(priceDebounceMs / 4);
    }
    expect(fake.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(priceDebounceMs);
    expect(fake.calls).toEqual([{ channel: 'calls:price-per-minute', payload: { number: '+15125550123' } }]);
    expect(selectors.answer(store())).toEqual(priced);
  });

  it('does not ask again for the number it already shows, and forgets it when the field empties', async () => {
    const fake = createFakeDialtoneApi({ 'calls:price-per-minute': () => ok(priced) });
    vi.stubGlobal('window', { dialtone: fake });
    store().priceOf('+15125550123', 'a1');
    await vi.advanceTimersByTimeAsync(priceDebounceMs);
    store().priceOf('+15125550123', 'a1');
    await vi.advanceTimersByTimeAsync(priceDebounceMs);
    expect(fake.calls).toHaveLength(1);
    store().priceOf(null, 'a1');
    expect(selectors.answer(store())).toBeNull();
    await vi.advanceTimersByTimeAsync(priceDebounceMs);
    expect(fake.calls).toHaveLength(1);
  });

  it('shows "unavailable" when main refuses, and drops an answer that arrives for an older number', async () => {
    let answer = (value: unknown) => value;
    const fake = createFakeDialtoneApi({
      'calls:price-per-minute': ({ number }) =>
        number === '+15125550123'
          ? new Promise((resolve) => (answer = resolve as typeof answer))
          : err('invalid-request', 'The request calls:price-per-minute was refused'),
    });
    vi.stubGlobal('window', { dialtone: fake });
    store().priceOf('+15125550123', 'a1');
    await vi.advanceTimersByTimeAsync(priceDebounceMs);
    store().priceOf('+447700900123', 'a1');
    await vi.advanceTimersByTimeAsync(priceDebounceMs);
    answer(ok(priced));
    await vi.advanceTimersByTimeAsync(0);
    expect(selectors.answer(store())).toEqual({ kind: 'unavailable' });
  });

  it('asks again for the same number once another line dials (the price is that line’s, or none)', async () => {
    const fake = createFakeDialtoneApi({ 'calls:price-per-minute': () => ok(priced) });
    vi.stubGlobal('window', { dialtone: fake });
    store().priceOf('+15125550123', null);
    await vi.advanceTimersByTimeAsync(priceDebounceMs);
    store().priceOf('+15125550123', 'twilio-line');
    await vi.advanceTimersByTimeAsync(priceDebounceMs);
    expect(fake.calls).toHaveLength(2);
  });
});
