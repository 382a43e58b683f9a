// A history row's cost, read from the double's Call resource through Prism (twilio_api_v2010.json covers
// Calls/{Sid}.json with price and price_unit) and stored in a real SQLite database with every migration.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database';
import { createCallPriceQueries } from '../db/queries/call-price-queries';
import { createCallQueries, type CallStart } from '../db/queries/call-queries';
import type { Database } from '../db/sqlite';
import { createCallCostService, pendingKeptMaxMs, pendingKeptMs } from './call-cost-service';
import { accountWithLine, twilioDoubleFor } from './twilio-double-test-kit';

const lineNumber = '+15125550100';
const account = accountWithLine('d', lineNumber, { friendlyName: 'Costs' });

let db: Database;
const { double, logger, connect } = twilioDoubleFor(account);
const december = (day: number) => new Date(2026, 11, day, 10).getTime();

function setup(options: { line?: boolean } = {}) {
  let now = december(4);
  const api = connect();
  const calls = createCallQueries(db);
  const service = createCallCostService({
    line: async () => (options.line === false ? null : { api, number: lineNumber }),
    prices: createCallPriceQueries(db),
    callSidOfHistoryRow: (id) => calls.get(id)?.twilioCallSid ?? null,
    now: () => now,
    logger,
  });
  const start = (id: string, overrides: Partial<CallStart>) =>
    calls.recordStart({
      id,
      accountId: null,
      contactId: null,
      direction: 'outgoing',
      remoteNumber: '+447700900123',
      remoteE164: '+447700900123',
      startedAt: december(3),
      twilioCallSid: null,
      callerVerified: false,
      ...overrides,
    });
  return { service, start, later: (ms: number) => (now += ms) };
}

const callRequests = (sid: string) =>
  double()
    .requests()
    .filter((request) => request.path.endsWith(`/Calls/${sid}.json`));

beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

describe('what a call cost', () => {
  it('is pending until Twilio prices the call, then stored and never asked again', async () => {
    const { service, start, later } = setup();
    const sid = double().calls.begin({
      from: 'sip:alice@dialtone.sip.twilio.com',
      to: '+447700900123',
      accountSid: account.sid,
    });
    start('h1', { twilioCallSid: sid });
    await double().calls.end(sid);
    expect(await service.costOf('h1')).toEqual({ kind: 'pending' });
    double().calls.price(sid, '-0.12900');
    // Asked again only after a while, however often the row is shown meanwhile.
    expect(await service.costOf('h1')).toEqual({ kind: 'pending' });
    expect(callRequests(sid)).toHaveLength(1);
    later(pendingKeptMs);
    expect(await service.costOf('h1')).toEqual({ kind: 'priced', cost: { amount: 0.129, currency: 'USD' } });
    expect(await service.costOf('h1')).toEqual({ kind: 'priced', cost: { amount: 0.129, currency: 'USD' } });
    expect(callRequests(sid)).toHaveLength(2);
  });

  it('totals this month from stored prices only, per currency', async () => {
    const { service, start } = setup();
    const [a, b, c] = [0, 1, 2].map(() =>
      double().calls.begin({ from: 'sip:alice@dialtone.sip.twilio.com', to: '+447700900123', accountSid: account.sid }),
    );
    start('a', { twilioCallSid: a, startedAt: december(1) });
    start('b', { twilioCallSid: b, startedAt: december(3) });
    start('november', { twilioCallSid: c, startedAt: new Date(2026, 10, 30, 23).getTime() });
    start('sip-account', { startedAt: december(2) });
    double().calls.price(a!, '-0.01300');
    double().calls.price(b!, '-0.02000');
    double().calls.price(c!, '-5.00000');
    for (const id of ['a', 'b', 'november', 'sip-account']) await service.costOf(id);
    const before = double().requests().length;
    expect(service.monthCost()).toEqual([{ amount: 0.033, currency: 'USD', calls: 2 }]);
    expect(double().requests().length).toBe(before);
  });

  it('is none for a call Twilio does not know, or without a Twilio line, asking nothing', async () => {
    const { service, start } = setup({ line: false });
    start('sip', {});
    start('gone-line', { twilioCallSid: `CA${'0'.repeat(32)}` });
    const before = double().requests().length;
    expect(await service.costOf('sip')).toEqual({ kind: 'none' });
    expect(await service.costOf('gone-line')).toEqual({ kind: 'none' });
    expect(await service.costOf('no-such-row')).toEqual({ kind: 'none' });
    expect(double().requests().length).toBe(before);
  });

  it('stays pending when Twilio fails, or prices in something that is no currency', async () => {
    const { service, start, later } = setup();
    const sid = double().calls.begin({
      from: 'sip:alice@dialtone.sip.twilio.com',
      to: '+447700900123',
      accountSid: account.sid,
    });
    start('h2', { twilioCallSid: sid });
    double().calls.price(sid, '-0.01300');
    double().failNext({
      path: new RegExp(`/Calls/${sid}\\.json$`),
      status: 500,
      code: 20500,
      message: 'Internal error',
    });
    expect(await service.costOf('h2')).toEqual({ kind: 'pending' });
    later(pendingKeptMs);
    double().corruptNext({ path: new RegExp(`/Calls/${sid}\\.json$`), set: { price_unit: null } });
    expect(await service.costOf('h2')).toEqual({ kind: 'pending' });
    // The second miss doubles the wait.
    later(pendingKeptMs);
    expect(await service.costOf('h2')).toEqual({ kind: 'pending' });
    later(pendingKeptMs);
    expect(await service.costOf('h2')).toEqual({ kind: 'priced', cost: { amount: 0.013, currency: 'USD' } });
  });

  it('asks less and less often about a call Twilio never prices, down to once an hour', async () => {
    const { service, start, later } = setup();
    const sid = double().calls.begin({
      from: 'sip:alice@dialtone.sip.twilio.com',
      to: '+447700900123',
      accountSid: account.sid,
    });
    start('never', { twilioCallSid: sid });
    const asked: number[] = [];
    let elapsed = 0;
    // The row is shown for 5 hours, refreshed every 10 s.
    for (let step = 0; step < (5 * 3600) / 10; step++) {
      const before = callRequests(sid).length;
      expect(await service.costOf('never')).toEqual({ kind: 'pending' });
      if (callRequests(sid).length > before) asked.push(elapsed);
      later(10_000);
      elapsed += 10_000;
    }
    const gaps = asked.slice(1).map((at, index) => at - asked[index]!);
    expect(gaps.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...gaps)).toBe(pendingKeptMaxMs);
    expect(asked.length).toBeLessThan(15);
  });
});
