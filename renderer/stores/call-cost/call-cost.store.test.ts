import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { initialCallCostState, selectors, useCallCostStore } from './call-cost.store';

const store = () => useCallCostStore.getState();
const month = [{ amount: 0.13, currency: 'USD', calls: 1 }];

beforeEach(() => useCallCostStore.setState(initialCallCostState));
afterEach(() => vi.unstubAllGlobals());

describe('call cost store', () => {
  it('keeps each row cost, and reloads the month total when a row gets its price', async () => {
    let answer: { kind: 'pending' } | { kind: 'priced'; cost: { amount: number; currency: string } } = {
      kind: 'pending',
    };
    const fake = createFakeDialtoneApi({
      'history:call-cost': () => ok(answer),
      'history:month-cost': () => ok(month),
    });
    vi.stubGlobal('window', { dialtone: fake });
    await store().costOf('h1');
    expect(selectors.costOf('h1')(store())).toEqual({ kind: 'pending' });
    expect(fake.calls.map((call) => call.channel)).toEqual(['history:call-cost']);
    answer = { kind: 'priced', cost: { amount: 0.13, currency: 'USD' } };
    await store().costOf('h1');
    await vi.waitFor(() => expect(selectors.monthCost(store())).toEqual(month));
    await store().costOf('h1');
    expect(fake.calls.filter((call) => call.channel === 'history:month-cost')).toHaveLength(1);
    expect(selectors.costOf('h2')(store())).toBeNull();
  });
});
