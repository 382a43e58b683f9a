// The balance for Settings and the header, asked of the Twilio double through Prism (twilio_api_v2010.json).
import { describe, expect, it } from 'vitest';
import { balanceKeptMs, createBalanceService } from './balance-service';
import { accountWithLine, twilioDoubleFor } from './twilio-double-test-kit';

const account = accountWithLine('b', '+15125550100', { friendlyName: 'Balance', balance: '3.25', currency: 'EUR' });

const { double, logger, connect } = twilioDoubleFor(account);

function setup(options: { line?: boolean } = {}) {
  let now = Date.UTC(2026, 11, 4, 9);
  const api = connect();
  const service = createBalanceService({
    line: async () => (options.line === false ? null : { api, number: '+15125550100' }),
    now: () => now,
    logger,
  });
  return { service, later: (ms: number) => (now += ms) };
}

const balanceRequests = () =>
  double()
    .requests()
    .filter((request) => request.path.endsWith('/Balance.json'));

describe('the account balance', () => {
  it('reads Balance.json, keeps it a minute, then reads it again', async () => {
    const { service, later } = setup();
    const before = balanceRequests().length;
    expect(await service.balance()).toEqual({ kind: 'known', balance: { amount: 3.25, currency: 'EUR' } });
    double().accounts[0]!.balance = '-0.40';
    expect(await service.balance()).toMatchObject({ balance: { amount: 3.25 } });
    expect(balanceRequests().length - before).toBe(1);
    later(balanceKeptMs + 1);
    expect(await service.balance()).toEqual({ kind: 'known', balance: { amount: -0.4, currency: 'EUR' } });
    expect(balanceRequests().length - before).toBe(2);
    double().accounts[0]!.balance = '3.25';
  });

  it('says "unavailable" when Twilio refuses (a restricted key) and asks again next time', async () => {
    const { service } = setup();
    double().failNext({ path: /\/Balance\.json$/, status: 403, code: 20403, message: 'Forbidden' });
    expect(await service.balance()).toEqual({ kind: 'unavailable' });
    expect(await service.balance()).toMatchObject({ kind: 'known' });
  });

  it('says "none" without asking when there is no Twilio line', async () => {
    const { service } = setup({ line: false });
    const before = double().requests().length;
    expect(await service.balance()).toEqual({ kind: 'none' });
    expect(double().requests().length).toBe(before);
  });
});
