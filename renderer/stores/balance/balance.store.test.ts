import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { initialBalanceState, selectors, useBalanceStore } from './balance.store';

const known = (amount: number) => ({ kind: 'known' as const, balance: { amount, currency: 'USD' } });

beforeEach(() => useBalanceStore.setState(initialBalanceState));
afterEach(() => vi.unstubAllGlobals());

describe('balance store', () => {
  it('keeps the balance main gives and says when it is below the threshold', async () => {
    vi.stubGlobal('window', { dialtone: createFakeDialtoneApi({ 'billing:get-balance': () => ok(known(4.5)) }) });
    await useBalanceStore.getState().refresh();
    const state = useBalanceStore.getState();
    expect(selectors.answer(state)).toEqual(known(4.5));
    expect(selectors.lowBalance(5)(state)).toEqual({ amount: 4.5, currency: 'USD' });
    expect(selectors.lowBalance(4.5)(state)).toBeNull();
    expect(selectors.lowBalance(null)(state)).toBeNull();
  });

  it('is never low when the balance is unknown, and a failure reads as unavailable', async () => {
    vi.stubGlobal('window', {
      dialtone: createFakeDialtoneApi({ 'billing:get-balance': () => err('internal', 'The backend did not answer.') }),
    });
    await useBalanceStore.getState().refresh();
    expect(selectors.answer(useBalanceStore.getState())).toEqual({ kind: 'unavailable' });
    expect(selectors.lowBalance(1_000)(useBalanceStore.getState())).toBeNull();
  });
});
