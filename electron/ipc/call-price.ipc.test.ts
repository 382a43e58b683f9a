import { describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../logging/logger';
import { callPriceHandlers } from './call-price.ipc';
import { createContractRouter, type InvokeHandlers } from './contract-router';

function setup() {
  const prices = {
    perMinuteTo: vi.fn(async () => ({ kind: 'priced' as const, price: { perMinute: 0.014, currency: 'USD' } })),
  };
  const balance = { balance: vi.fn(async () => ({ kind: 'none' as const })) };
  const costs = {
    costOf: vi.fn(async () => ({ kind: 'pending' as const })),
    monthCost: vi.fn(() => [{ amount: 0.013, currency: 'USD', calls: 1 }]),
  };
  const router = createContractRouter(
    callPriceHandlers(prices, balance, costs) as InvokeHandlers,
    createMemoryLogger(),
  );
  return { router, prices, balance, costs };
}

describe('call price IPC', () => {
  it('hands an E.164 number to the service and returns its answer', async () => {
    const { router, prices } = setup();
    expect(await router.invoke('calls:price-per-minute', { number: '+15125550123' })).toEqual({
      ok: true,
      value: { kind: 'priced', price: { perMinute: 0.014, currency: 'USD' } },
    });
    expect(prices.perMinuteTo).toHaveBeenCalledWith('+15125550123');
  });

  it.each([
    ['a path', { number: '../Countries/US' }],
    ['a number with a query', { number: '+15125550123?OriginationNumber=+1' }],
    ['a national number', { number: '(512) 555-0123' }],
    ['a SIP address', { number: 'sip:alice@example.com' }],
    ['a huge number', { number: `+1${'5'.repeat(10_000)}` }],
    ['no number', {}],
    ['an extra origin from the page', { number: '+15125550123', origination: '+15125550100' }],
  ])('refuses %s, saying why, without asking the service', async (_, payload) => {
    const { router, prices } = setup();
    const result = await router.invoke('calls:price-per-minute', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/calls:price-per-minute was refused/);
    expect(prices.perMinuteTo).not.toHaveBeenCalled();
  });

  it('asks for the balance without any payload, and refuses one', async () => {
    const { router, balance } = setup();
    expect(await router.invoke('billing:get-balance', undefined)).toEqual({ ok: true, value: { kind: 'none' } });
    expect(await router.invoke('billing:get-balance', { accountSid: `AC${'0'.repeat(32)}` })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(balance.balance).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no row', {}],
    ['an empty row id', { id: '' }],
    ['a 65-character row id', { id: 'h'.repeat(65) }],
    ['a CallSid from the page', { id: 'h1', callSid: `CA${'0'.repeat(32)}` }],
  ])('refuses %s for a call cost without asking the service', async (_, payload) => {
    const { router, costs } = setup();
    expect(await router.invoke('history:call-cost', payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/history:call-cost was refused/) },
    });
    expect(costs.costOf).not.toHaveBeenCalled();
  });

  it('hands a row id to the cost service, and the month total needs no payload', async () => {
    const { router, costs } = setup();
    expect(await router.invoke('history:call-cost', { id: 'h1' })).toEqual({ ok: true, value: { kind: 'pending' } });
    expect(costs.costOf).toHaveBeenCalledWith('h1');
    expect(await router.invoke('history:month-cost', undefined)).toMatchObject({ ok: true, value: [{ calls: 1 }] });
    expect(await router.invoke('history:month-cost', { month: '2026-12' })).toMatchObject({ ok: false });
    expect(costs.monthCost).toHaveBeenCalledTimes(1);
  });
});
