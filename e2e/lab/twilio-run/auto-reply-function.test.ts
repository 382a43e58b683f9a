// The auto-reply (DIALTONE_AUTO_REPLY): /voicemail, served by the real twilio-run with signed webhook requests,
// texts a caller it missed, once a day and only on a mobile. Its Twilio client (context.getTwilioClient(), from
// ACCOUNT_SID and AUTH_TOKEN) reaches the double through the lab proxy: Messages behind Prism, and Lookup v2, which
// is not in the OpenAPI files Prism has, served by the double with only the line type (lookups.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../twilio-double';
import { twilioClientFor } from '../twilio-double/twilio-client-for-double';
import { startTwilioApiProxy, type TwilioApiProxy } from './twilio-api-proxy';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { domain, el, number, phoneCall, twiml, voicemailSaying } from './twilio-run-test-kit';

const text = 'Sorry I missed your call, I’ll call you back.';
const greeting = 'Please leave a message.';
const account: DoubleAccount = {
  sid: `AC${'a1'.repeat(16)}`,
  authToken: 'b2'.repeat(16),
  friendlyName: 'Auto-reply',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: number }],
};
const env = {
  DIALTONE_NUMBER: number,
  DIALTONE_SIP_DOMAIN: domain,
  DIALTONE_SIP_USER: number,
  VOICEMAIL_GREETING: greeting,
  ACCOUNT_SID: account.sid,
  AUTH_TOKEN: account.authToken,
};

const voicemail = voicemailSaying(greeting);

let double: TwilioDouble;
let proxy: TwilioApiProxy;
let replying: LabTwilioRun;
let notReplying: LabTwilioRun;

beforeAll(async () => {
  double = await startTwilioDouble({ accounts: [account] });
  proxy = await startTwilioApiProxy(double);
  [replying, notReplying] = await Promise.all([
    startTwilioRun({ env: { ...env, ...proxy.env, DIALTONE_AUTO_REPLY: text } }),
    startTwilioRun({ env: { ...env, ...proxy.env, DIALTONE_AUTO_REPLY: 'none' } }),
  ]);
}, 90_000);

afterAll(async () => {
  await Promise.all([replying?.stop(), notReplying?.stop()]);
  await proxy?.stop();
  await double?.stop();
  expect(proxy?.refused() ?? []).toEqual([]);
  double?.assertNoValidationErrors();
});

/** A call /inbound's Dial rang Dialtone for: Twilio requests /voicemail with how that leg ended. */
const missedCall = (from: string, extra: Record<string, string> = {}) =>
  phoneCall({ From: from, Caller: from, CallStatus: 'in-progress', DialCallStatus: 'no-answer', ...extra });

/** What the Function asked the double while `act` ran: "GET lookups /v2/PhoneNumbers/…" and the like. */
async function requestsDuring(act: () => Promise<void>): Promise<string[]> {
  const start = double.requests().length;
  await act();
  return double
    .requests()
    .slice(start)
    .map((request) => `${request.method} ${request.host} ${request.path.replace(/AC[0-9a-f]{32}/, 'AC…')}`);
}

const textsTo = (caller: string) =>
  double
    .state()
    .messages.filter((message) => message.to === caller)
    .map(({ from, to, body, direction }) => ({ from, to, body, direction }));

const listing = 'GET api /2010-04-01/Accounts/AC…/Messages.json';
const sending = 'POST api /2010-04-01/Accounts/AC…/Messages.json';
const lookup = (caller: string) => `GET lookups /v2/PhoneNumbers/${caller}`;

describe('a missed call from a mobile', () => {
  const caller = '+15125550111';

  test('gets the text once, from the person’s number, and the caller then hears the voicemail greeting', async () => {
    double.lookups.setLineType(caller, 'mobile');
    let answer = voicemail;
    const asked = await requestsDuring(async () => {
      const started = performance.now();
      answer = twiml(await replying.post('/voicemail', missedCall(caller)));
      console.log(
        `missed call with an auto-reply sent: /voicemail answered in ${Math.round(performance.now() - started)} ms`,
      );
    });
    expect(answer).toEqual(voicemail);
    expect(asked).toEqual([listing, lookup(caller), sending]);
    expect(textsTo(caller)).toEqual([{ from: number, to: caller, body: text, direction: 'outbound-api' }]);
  }, 30_000);

  test('a second missed call the same day sends nothing, and looks nothing up', async () => {
    double.messaging.advance(); // Twilio sends the first one: it now has a DateSent.
    const asked = await requestsDuring(async () => {
      expect(twiml(await replying.post('/voicemail', missedCall(caller, { DialCallStatus: 'busy' })))).toEqual(
        voicemail,
      );
    });
    expect(asked).toEqual([listing]);
    expect(textsTo(caller)).toHaveLength(1);
  }, 30_000);

  test('nor does one after the person texted the caller themselves today', async () => {
    const friend = '+15125550133';
    double.lookups.setLineType(friend, 'mobile');
    const own = twilioClientFor(double, account.sid, account.authToken);
    await own.messages.create({ from: number, to: friend, body: 'See you at 6' });
    double.messaging.advance();
    const asked = await requestsDuring(async () => {
      expect(twiml(await replying.post('/voicemail', missedCall(friend)))).toEqual(voicemail);
    });
    expect(asked).toEqual([listing]);
    expect(textsTo(friend).map((message) => message.body)).toEqual(['See you at 6']);
  }, 30_000);
});

describe('no auto-reply', () => {
  test('to a landline, or a line Lookup cannot tell: looked up, never texted', async () => {
    const landline = '+15125550122';
    double.lookups.setLineType(landline, 'landline');
    const unknown = '+15125550144';
    for (const caller of [landline, unknown]) {
      const asked = await requestsDuring(async () => {
        expect(twiml(await replying.post('/voicemail', missedCall(caller)))).toEqual(voicemail);
      });
      expect(asked).toEqual([listing, lookup(caller)]);
      expect(textsTo(caller)).toEqual([]);
    }
  }, 30_000);

  test.each([
    ['an answered call', missedCall('+15125550155', { DialCallStatus: 'completed' }), el('Response', {}, el('Hangup'))],
    ['a withheld caller', missedCall('anonymous'), voicemail],
    ['a withheld caller spelled on a keypad', missedCall('+266696687'), voicemail],
    ['an unverified caller sent to voicemail', missedCall('+15125550166', { why: 'unverified' }), voicemail],
  ])(
    'for %s: nothing asked of Twilio',
    async (_what, call, expected) => {
      double.lookups.setLineType(call.From!, 'mobile');
      const asked = await requestsDuring(async () => {
        expect(twiml(await replying.post('/voicemail', call))).toEqual(expected);
      });
      expect(asked).toEqual([]);
    },
    30_000,
  );

  test('while the auto-reply is off: nothing asked of Twilio, and the caller waits for nothing', async () => {
    const caller = '+15125550177';
    double.lookups.setLineType(caller, 'mobile');
    const asked = await requestsDuring(async () => {
      const started = performance.now();
      expect(twiml(await notReplying.post('/voicemail', missedCall(caller)))).toEqual(voicemail);
      console.log(`missed call, auto-reply off: /voicemail answered in ${Math.round(performance.now() - started)} ms`);
    });
    expect(asked).toEqual([]);
  }, 30_000);
});

describe('when Twilio fails, the caller still reaches voicemail', () => {
  test.each([
    ['Lookup', /^\/v2\/PhoneNumbers\//, '+15125550188'],
    ['listing the messages', /\/Messages\.json$/, '+15125550199'],
  ])(
    '%s answering 500: the voicemail greeting, and no text',
    async (_what, path, caller) => {
      double.lookups.setLineType(caller, 'mobile');
      double.failNext({ method: 'GET', path, status: 500, code: 20500, message: 'Internal Server Error' });
      expect(twiml(await replying.post('/voicemail', missedCall(caller)))).toEqual(voicemail);
      expect(textsTo(caller)).toEqual([]);
      expect(replying.logs()).toMatch(/The auto-reply was not sent: 20500/);
    },
    30_000,
  );

  test('Twilio answering slowly: the caller waits 2.5 s at most, then hears the greeting', async () => {
    const caller = '+15125550189';
    double.lookups.setLineType(caller, 'mobile');
    // Far longer than the budget, so that only the budget can end the wait, however loaded the machine.
    proxy.setDelay(8_000);
    try {
      const started = performance.now();
      expect(twiml(await replying.post('/voicemail', missedCall(caller)))).toEqual(voicemail);
      const waited = performance.now() - started;
      console.log(`missed call, Twilio slow: /voicemail answered in ${Math.round(waited)} ms`);
      expect(waited).toBeGreaterThanOrEqual(2_500);
      expect(waited).toBeLessThan(8_000);
    } finally {
      proxy.setDelay(0);
    }
  }, 30_000);

  test('sending refused (the caller unsubscribed, 21610): the voicemail greeting', async () => {
    const caller = '+15125550198';
    double.lookups.setLineType(caller, 'mobile');
    double.messaging.setDestinationFault(caller, { refuse: 21610 });
    expect(twiml(await replying.post('/voicemail', missedCall(caller)))).toEqual(voicemail);
    expect(textsTo(caller)).toEqual([]);
  }, 30_000);
});
