// The Twilio double through Prism, driven by the real twilio-node client: accounts, keys, numbers, SIP, errors.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type SipCredentialEvent, type TwilioDouble } from './index';
import { twilioClientFor } from './twilio-client-for-double';

const trial = {
  ...defaultAccount,
  sid: 'AC7a1a1000000000000000000000000002',
  friendlyName: 'Trial',
  type: 'Trial' as const,
  ownedNumbers: [{ phoneNumber: '+16465550150' }],
};
let double: TwilioDouble;
const announced: SipCredentialEvent[] = [];
const client = () => twilioClientFor(double, defaultAccount.sid, defaultAccount.authToken);

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [defaultAccount, trial], onSipCredential: (c) => announced.push(c) });
}, 40_000);
afterAll(() => double?.stop());

describe('Twilio double: account and keys', () => {
  test('fetches the account and its balance', async () => {
    const account = await client().api.v2010.accounts(defaultAccount.sid).fetch();
    expect(account).toMatchObject({ friendlyName: 'Dialtone Test Account', type: 'Full', status: 'active' });
    const balance = await client().api.v2010.accounts(defaultAccount.sid).balance.fetch();
    expect(balance).toMatchObject({ accountSid: defaultAccount.sid, balance: '20.00', currency: 'USD' });
    double.assertNoValidationErrors();
  });

  test('a key created through the API is a Standard key: everything but the Account and Keys; a wrong secret gets 20003', async () => {
    const key = await client().newKeys.create({ friendlyName: 'Dialtone' });
    expect(key.sid).toMatch(/^SK[0-9a-f]{32}$/);
    const withKey = twilioClientFor(double, key.sid, key.secret, { accountSid: defaultAccount.sid });
    expect((await withKey.balance.fetch()).balance).toBe('20.00');
    expect(await withKey.incomingPhoneNumbers.list()).toEqual([]);
    await expect(withKey.api.v2010.accounts(defaultAccount.sid).fetch()).rejects.toMatchObject({ status: 403 });
    await expect(withKey.keys.list()).rejects.toMatchObject({ status: 403 });
    expect((await client().keys.list()).map((k) => k.sid)).toContain(key.sid);
    const wrong = twilioClientFor(double, key.sid, 'not-the-secret', { accountSid: defaultAccount.sid });
    await expect(wrong.balance.fetch()).rejects.toMatchObject({ status: 401, code: 20003 });
    await client().keys(key.sid).remove();
    await expect(withKey.balance.fetch()).rejects.toMatchObject({ code: 20003 });
    double.assertNoValidationErrors();
  });

  test("another account's URL with valid credentials is refused", async () => {
    const asTrial = twilioClientFor(double, trial.sid, trial.authToken);
    await expect(asTrial.api.v2010.accounts(defaultAccount.sid).balance.fetch()).rejects.toMatchObject({ code: 20003 });
  });
});

describe('Twilio double: phone numbers', () => {
  test('searches by area code, Contains pattern, toll-free; empty results are a 200', async () => {
    const austin = await client().availablePhoneNumbers('US').local.list({ areaCode: 512, voiceEnabled: true });
    expect(austin.map((n) => n.phoneNumber)).toEqual(['+15125550100', '+15125550123', '+15125557788', '+15125559999']);
    expect(austin[0]).toMatchObject({
      friendlyName: '(512) 555-0100',
      locality: 'Austin',
      addressRequirements: 'none',
    });
    const contains = await client().availablePhoneNumbers('US').local.list({ contains: '555*1%', pageSize: 10 });
    // +16465550150 would match too, but the trial account owns it.
    expect(contains.map((n) => n.phoneNumber)).toEqual([
      '+15125550100',
      '+15125550123',
      '+14155550111',
      '+14155550142',
    ]);
    const ending = await client().availablePhoneNumbers('US').local.list({ contains: '9999$' });
    expect(ending.map((n) => n.phoneNumber)).toEqual(['+15125559999']);
    const tollFree = await client().availablePhoneNumbers('US').tollFree.list();
    expect(tollFree).toHaveLength(2);
    expect(await client().availablePhoneNumbers('US').local.list({ areaCode: 999 })).toEqual([]);
    double.assertNoValidationErrors();
  });

  test('buys a number, which is then no longer offered; updates and deletes it', async () => {
    const bought = await client().incomingPhoneNumbers.create({
      phoneNumber: '+15125550123',
      voiceUrl: 'https://example.twil.io/voice',
    });
    expect(bought).toMatchObject({
      sid: expect.stringMatching(/^PN[0-9a-f]{32}$/),
      voiceUrl: 'https://example.twil.io/voice',
      status: 'in-use',
    });
    const offered = await client().availablePhoneNumbers('US').local.list({ areaCode: 512 });
    expect(offered.map((n) => n.phoneNumber)).not.toContain('+15125550123');
    const updated = await client()
      .incomingPhoneNumbers(bought.sid)
      .update({ voiceUrl: 'https://other.twil.io/v', smsUrl: 'https://other.twil.io/s', smsMethod: 'POST' });
    expect(updated).toMatchObject({ voiceUrl: 'https://other.twil.io/v', smsUrl: 'https://other.twil.io/s' });
    expect(await client().incomingPhoneNumbers.list({ phoneNumber: '+15125550123' })).toHaveLength(1);
    await client().incomingPhoneNumbers(bought.sid).remove();
    expect(double.state().accounts[0]!.numbers).toEqual([]);
    expect(double.state().purchases).toHaveLength(1);
    double.assertNoValidationErrors();
  });

  test('a number that needs an address fails with 21631 without one; a trial account gets 10002 for a second number', async () => {
    await expect(client().incomingPhoneNumbers.create({ phoneNumber: '+442071838750' })).rejects.toMatchObject({
      status: 400,
      code: 21631,
      message: expect.stringMatching(/^Phone Number Requires an Address/),
    });
    const asTrial = twilioClientFor(double, trial.sid, trial.authToken);
    await expect(asTrial.incomingPhoneNumbers.create({ phoneNumber: '+15125557788' })).rejects.toMatchObject({
      code: 10002,
    });
    double.assertNoValidationErrors();
  });

  test('pages IncomingPhoneNumbers with PageSize=2, and list() follows next_page_uri', async () => {
    for (const phoneNumber of ['+15125550100', '+15125557788', '+15125559999', '+14155550111', '+14155550142']) {
      await client().incomingPhoneNumbers.create({ phoneNumber });
    }
    const page = await client().incomingPhoneNumbers.page({ pageSize: 2 });
    expect(page.instances).toHaveLength(2);
    const second = await page.nextPage();
    expect(second?.instances).toHaveLength(2);
    const all = await client().incomingPhoneNumbers.list({ pageSize: 2 });
    expect(all).toHaveLength(5);
    expect(
      double.requests().filter((r) => r.path.endsWith('/IncomingPhoneNumbers.json') && r.method === 'GET').length,
    ).toBeGreaterThanOrEqual(5);
    double.assertNoValidationErrors();
  });

  test('failNext 20429: twilio-node with autoRetry recovers, without it the error surfaces', async () => {
    double.failNext({ path: /Balance\.json$/, status: 429, code: 20429, message: 'Too Many Requests', times: 2 });
    const retrying = twilioClientFor(double, defaultAccount.sid, defaultAccount.authToken, {
      autoRetry: true,
      maxRetryDelay: 200,
    });
    expect((await retrying.balance.fetch()).balance).toBe('20.00');
    expect(
      double
        .requests()
        .filter((r) => r.path.endsWith('Balance.json'))
        .slice(-3)
        .map((r) => r.status),
    ).toEqual([429, 429, 200]);
    double.failNext({
      method: 'GET',
      path: /Balance\.json$/,
      status: 500,
      code: 20500,
      message: 'Internal Server Error',
    });
    await expect(client().balance.fetch()).rejects.toMatchObject({ status: 500, code: 20500 });
    double.assertNoValidationErrors();
  });
});
