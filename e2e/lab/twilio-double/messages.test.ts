// Messages on the double through Prism: create with Twilio's refusals, the status progression, failures by code,
// inbound messages injected by the lab, filters, paging, deletes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultAccount, startTwilioDouble, type TwilioDouble } from './index';
import { basicAuth } from './media-test-kit';
import { twilioClientFor } from './twilio-client-for-double';

const line = '+15125550100';
const friend = '+14155550111';
const account = { ...defaultAccount, ownedNumbers: [{ phoneNumber: line }] };
let double: TwilioDouble;
const client = () => twilioClientFor(double, account.sid, account.authToken);

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
}, 40_000);
afterAll(() => double?.stop());

describe('Twilio double: sending', () => {
  test('queued -> sent -> delivered, driven by the lab; price and date_sent null until Twilio has them', async () => {
    const created = await client().messages.create({ from: line, to: friend, body: 'Hello from Dialtone' });
    expect(created).toMatchObject({
      sid: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      status: 'queued',
      direction: 'outbound-api',
      dateSent: null,
      price: null,
      errorCode: null,
      errorMessage: null,
      numSegments: '1',
      numMedia: '0',
    });
    expect(double.messaging.advance(created.sid)).toEqual([{ sid: created.sid, status: 'sent' }]);
    const sent = await client().messages(created.sid).fetch();
    expect([sent.status, sent.dateSent instanceof Date, sent.price]).toEqual(['sent', true, null]);
    double.messaging.advance(created.sid);
    const delivered = await client().messages(created.sid).fetch();
    expect([delivered.status, delivered.price, delivered.errorCode]).toEqual(['delivered', '-0.00790', null]);
    double.messaging.advance(created.sid);
    expect((await client().messages(created.sid).fetch()).status).toBe('delivered');
    double.assertNoValidationErrors();
  });

  test('counts segments like Twilio: GSM-7 153 per part, extension characters twice, UCS-2 67 per part, pairs kept whole', async () => {
    const segments = async (body: string) =>
      (await client().messages.create({ from: line, to: friend, body })).numSegments;
    expect(await segments('a'.repeat(160))).toBe('1');
    expect(await segments('a'.repeat(161))).toBe('2');
    expect(await segments('€'.repeat(80))).toBe('1');
    expect(await segments('€'.repeat(81))).toBe('2');
    expect(await segments('😀'.repeat(35))).toBe('1');
    expect(await segments('😀'.repeat(36))).toBe('2');
    // A part never splits an escape sequence or a surrogate pair (shared/messaging/sms-segments.ts).
    expect(await segments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toBe('3');
    expect(await segments('😀'.repeat(100))).toBe('4');
    double.assertNoValidationErrors();
  });

  test.each([
    [{ to: '+1555' }, 400, 21211, /^Invalid 'To' Phone Number/],
    [{ to: 'not a number' }, 400, 21211, /^Invalid 'To' Phone Number/],
    [{ from: '+16465550150' }, 400, 21606, /not a valid, SMS-capable inbound phone number/],
    [{ body: '' }, 400, 21602, /^Message body is required/],
    [{ body: 'x'.repeat(1601) }, 400, 21617, /1600 character limit/],
  ])('refuses %o with %i / %i', async (change, status, code, message) => {
    const request = { from: line, to: friend, body: 'Hi', ...change };
    await expect(client().messages.create(request)).rejects.toMatchObject({
      status,
      code,
      message: expect.stringMatching(message),
    });
    double.assertNoValidationErrors();
  });

  test('without From: 21603; with a Messaging Service, which the double does not implement: a clear 400', async () => {
    const post = async (form: Record<string, string>) => {
      const response = await fetch(`${double.endpoints.api}/2010-04-01/Accounts/${account.sid}/Messages.json`, {
        method: 'POST',
        headers: { authorization: basicAuth(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
      return { status: response.status, ...((await response.json()) as { code: number; message: string }) };
    };
    expect(await post({ To: friend, Body: 'Hi' })).toMatchObject({ status: 400, code: 21603 });
    const service = await post({ To: friend, Body: 'Hi', MessagingServiceSid: `MG${'0'.repeat(32)}` });
    expect(service).toMatchObject({ status: 400, code: 20001, message: expect.stringMatching(/Messaging Services/) });
    double.assertNoValidationErrors();
  });

  test('refuses an unsubscribed recipient (21610) and a region not enabled (21408) as set by the lab', async () => {
    double.messaging.setDestinationFault('+447700900123', { refuse: 21610 });
    double.messaging.setDestinationFault('+2348012345678', { refuse: 21408 });
    const send = (to: string) => client().messages.create({ from: line, to, body: 'Hi' });
    await expect(send('+447700900123')).rejects.toMatchObject({
      code: 21610,
      message: expect.stringMatching(/unsubscribed recipient/),
    });
    await expect(send('+2348012345678')).rejects.toMatchObject({
      code: 21408,
      message: expect.stringMatching(/\+2348012345678/),
    });
    double.messaging.setDestinationFault('+447700900123', null);
    expect((await send('+447700900123')).status).toBe('queued');
    double.assertNoValidationErrors();
  });

  test.each([30003, 30005, 30006, 30007, 30034])(
    'a destination set to fail with %i ends undelivered with it',
    async (code) => {
      const to = `+1415555${code}`.slice(0, 12);
      double.messaging.setDestinationFault(to, { fail: code });
      const created = await client().messages.create({ from: line, to, body: 'Hi' });
      double.messaging.advance(created.sid);
      double.messaging.advance(created.sid);
      const fetched = await client().messages(created.sid).fetch();
      expect([fetched.status, fetched.errorCode, fetched.price, fetched.errorMessage]).toEqual([
        'undelivered',
        code,
        null,
        null,
      ]);
      double.assertNoValidationErrors();
    },
  );

  test('a failure can end as failed instead of undelivered', async () => {
    double.messaging.setDestinationFault('+14155550199', { fail: 30034, status: 'failed' });
    const created = await client().messages.create({ from: line, to: '+14155550199', body: 'Hi' });
    double.messaging.advance(created.sid);
    double.messaging.advance(created.sid);
    expect((await client().messages(created.sid).fetch()).status).toBe('failed');
    double.assertNoValidationErrors();
  });
});
