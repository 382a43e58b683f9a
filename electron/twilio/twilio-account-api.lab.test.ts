import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { createMemoryLogger } from '../logging/logger';
import { connectTwilio } from './twilio-account-api';
import { TwilioProblemError } from './twilio-problem';

const account = (
  n: number,
  type: DoubleAccount['type'] = 'Full',
  extra: Partial<DoubleAccount> = {},
): DoubleAccount => ({
  sid: `AC${String(n).padStart(32, 'a')}`,
  authToken: `${String(n).padStart(2, '0')}${'b'.repeat(30)}`,
  friendlyName: `Account ${n}`,
  type,
  balance: '20.00',
  currency: 'USD',
  ...extra,
});
const full = account(1);
const trial = account(2, 'Trial', { balance: '15.50', ownedNumbers: [{ phoneNumber: '+14155550111' }] });
const buyer = account(3);
const retrying = account(4);
const addressless = account(5);

let double: TwilioDouble;
const logger = createMemoryLogger();
const retry = { maxRetries: 3, maxRetryDelayMs: 50 };
const connect = (who: DoubleAccount, password = who.authToken, username = who.sid) =>
  connectTwilio({ accountSid: who.sid, username, password }, double.endpoints, { logger, retry });
const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a TwilioProblemError'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(TwilioProblemError);
      return (error as TwilioProblemError).problem;
    },
  );

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [full, trial, buyer, retrying, addressless] });
}, 60_000);
afterAll(async () => {
  await double?.stop();
});
afterEach(() => {
  double.assertNoValidationErrors();
  const logged = JSON.stringify(logger.records);
  for (const secret of [full.authToken, trial.authToken, buyer.authToken]) expect(logged).not.toContain(secret);
});

describe('the Twilio account API against the double', () => {
  it('fetches a full account with its balance', async () => {
    expect(await connect(full).fetchAccount()).toEqual({
      sid: full.sid,
      friendlyName: 'Account 1',
      isTrial: false,
      balance: '20.00',
      currency: 'USD',
    });
  });

  it('fetches a trial account and its numbers', async () => {
    const api = connect(trial);
    expect(await api.fetchAccount()).toMatchObject({ isTrial: true, balance: '15.50', currency: 'USD' });
    const owned = await api.listOwnedNumbers();
    expect(owned).toEqual([expect.objectContaining({ phoneNumber: '+14155550111', voiceUrl: null })]);
    expect(owned[0]!.sid).toMatch(/^PN/);
    expect(await api.findOwnedNumber('+14155550111')).toEqual(owned[0]);
    expect(await api.findOwnedNumber('+14155550142')).toBeNull();
  });

  it('says what to do when the token is wrong, without the token', async () => {
    const wrong = 'f'.repeat(32);
    const problem = await problemOf(connect(full, wrong).fetchAccount());
    expect(problem.code).toBe(20003);
    expect(problem.whatToDo).toMatch(/Account SID and Auth Token/);
    expect(JSON.stringify(problem)).not.toContain(wrong);
  });

  it('creates an API key that then signs in', async () => {
    const key = await connect(full).createApiKey('Dialtone on my laptop');
    expect(key.sid).toMatch(/^SK[0-9a-f]{32}$/);
    expect(key.secret.length).toBeGreaterThanOrEqual(16);
    const withKey = connect(full, key.secret, key.sid);
    expect((await withKey.fetchAccount()).sid).toBe(full.sid);
  });

  it('searches numbers with their monthly price', async () => {
    const api = connect(full);
    const local = await api.searchNumbers({ country: 'US', type: 'local', areaCode: '512', voice: true, sms: false });
    expect(local.length).toBeGreaterThan(0);
    expect(local.every((n) => n.phoneNumber.startsWith('+1512'))).toBe(true);
    expect(local[0]).toMatchObject({
      isoCountry: 'US',
      monthlyPrice: '1.15',
      priceUnit: 'USD',
      addressRequirements: 'none',
    });
    expect(local[0]!.capabilities.voice).toBe(true);
    const tollFree = await api.searchNumbers({ country: 'US', type: 'toll-free', voice: true, sms: true });
    expect(tollFree[0]).toMatchObject({ monthlyPrice: '2.15', priceUnit: 'USD' });
    const contains = await api.searchNumbers({
      country: 'US',
      type: 'local',
      contains: '7788',
      voice: false,
      sms: false,
    });
    expect(contains.map((n) => n.phoneNumber)).toEqual(['+15125557788']);
  });

  it('still searches when pricing fails', async () => {
    double.failNext({ path: /^\/v1\/PhoneNumbers\/Countries\/GB$/, status: 500, code: 20500, message: 'Internal' });
    const found = await connect(full).searchNumbers({ country: 'GB', type: 'mobile', voice: true, sms: false });
    expect(found[0]).toMatchObject({
      phoneNumber: '+447700900123',
      monthlyPrice: null,
      priceUnit: null,
      addressRequirements: 'any',
    });
  });

  it('buys a number once: buying it again returns the owned one', async () => {
    const api = connect(buyer);
    const first = await api.buyNumber('+15125550123');
    expect(first.purchased).toBe(true);
    expect(first.number).toMatchObject({ phoneNumber: '+15125550123', friendlyName: '(512) 555-0123' });
    const again = await api.buyNumber('+15125550123');
    expect(again).toEqual({ number: first.number, purchased: false });
    expect(double.state().purchases.filter((p) => p.accountSid === buyer.sid)).toHaveLength(1);
  });

  it('explains a number that needs an address (21631)', async () => {
    const problem = await problemOf(connect(addressless).buyNumber('+442071838750'));
    expect(problem).toMatchObject({ code: 21631, moreInfo: 'https://www.twilio.com/docs/errors/21631' });
    expect(problem.whatToDo).toMatch(/Regulatory Compliance > Addresses/);
  });

  it('explains a trial account buying a second number (10002)', async () => {
    const problem = await problemOf(connect(trial).buyNumber('+15125550100'));
    expect(problem.code).toBe(10002);
  });

  it('retries a purchase Twilio refused with 20429, then succeeds', async () => {
    const before = double.requests().length;
    double.failNext({
      method: 'POST',
      path: /IncomingPhoneNumbers\.json$/,
      status: 429,
      code: 20429,
      message: 'Too Many Requests',
      times: 2,
    });
    const result = await connect(retrying).buyNumber('+15125557788');
    expect(result.purchased).toBe(true);
    const posts = double
      .requests()
      .slice(before)
      .filter((r) => r.method === 'POST')
      .map((r) => r.status);
    expect(posts).toEqual([429, 429, 201]);
    expect(double.state().purchases.filter((p) => p.accountSid === retrying.sid)).toHaveLength(1);
  });
});
