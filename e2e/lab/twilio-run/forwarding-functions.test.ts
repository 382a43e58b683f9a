// Forwarding to the person's other phones: /inbound's choice for each mode and /forward's answer to each way the
// ring of Dialtone can end, served by the real twilio-run with the variables Dialtone sets; answers compared whole.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { callSid, desktopPhone, domain, el, number, phoneCall, runInProcess, twiml } from './twilio-run-test-kit';

const base = { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number };
const mobile = '+447700900999';
const office = '+442079460000';
const forwardTo = { DIALTONE_FORWARD_TO: `${mobile},${office}` };
const caller = '+33612345678';

let noAnswer: LabTwilioRun;
let notConnected: LabTwilioRun;
let together: LabTwilioRun;
let always: LabTwilioRun;

beforeAll(async () => {
  const serve = (mode: string) =>
    startTwilioRun({ env: { ...base, ...forwardTo, DIALTONE_FORWARD_MODE: mode, RING_TIMEOUT_SECONDS: '20' } });
  [noAnswer, notConnected, together, always] = await Promise.all([
    serve('no-answer'),
    serve('not-connected'),
    serve('together'),
    serve('always'),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([noAnswer, notConnected, together, always].map((server) => server?.stop()));
});

const redirect = (path: string) => el('Response', {}, el('Redirect', { method: 'POST' }, path));
const forwarded = (callerId: string) =>
  el(
    'Response',
    {},
    el(
      'Dial',
      { action: '/voicemail', method: 'POST', answerOnBridge: 'true', timeout: '20', callerId },
      el('Number', {}, mobile),
      el('Number', {}, office),
    ),
  );

/** What Twilio posts to the action of /inbound's Dial once Dialtone's leg has ended. */
const ringEnded = (status: string, extra: Record<string, string> = {}) =>
  phoneCall({
    From: caller,
    CallStatus: 'in-progress',
    DialCallStatus: status,
    DialCallSid: callSid(),
    DialCallDuration: '0',
    ...extra,
  });

describe('/inbound with forwarding', () => {
  test.each([
    ['no answer', () => noAnswer],
    ['not connected', () => notConnected],
  ])('when %s: rings Dialtone first, and /forward decides once the ring ends', async (_mode, server) => {
    const call = phoneCall({ From: caller });
    expect(twiml(await server().post('/inbound', call))).toEqual(
      el(
        'Response',
        {},
        el(
          'Dial',
          { action: '/forward', method: 'POST', answerOnBridge: 'true', referUrl: '/transfer', timeout: '20' },
          el('Sip', {}, desktopPhone(call.CallSid!)),
        ),
      ),
    );
  });

  test('together: rings Dialtone and the forwarding numbers at once, showing the caller’s number', async () => {
    const call = phoneCall({ From: caller });
    expect(twiml(await together.post('/inbound', call))).toEqual(
      el(
        'Response',
        {},
        el(
          'Dial',
          {
            action: '/voicemail',
            method: 'POST',
            answerOnBridge: 'true',
            referUrl: '/transfer',
            timeout: '20',
            callerId: caller,
          },
          el('Sip', {}, desktopPhone(call.CallSid!)),
          el('Number', {}, mobile),
          el('Number', {}, office),
        ),
      ),
    );
  });

  test('always: forwards at once, without ringing Dialtone', async () => {
    expect(twiml(await always.post('/inbound', phoneCall({ From: caller })))).toEqual(redirect('/forward'));
  });

  test.each([
    ['no number', 'none'],
    ['only numbers that are not numbers', '5550100,+0123,<Number>'],
  ])('with %s to forward to, rings Dialtone as if forwarding were off', (_what, numbers) => {
    for (const mode of ['no-answer', 'together', 'always']) {
      const answer = runInProcess(
        'inbound',
        { DIALTONE_FORWARD_MODE: mode, DIALTONE_FORWARD_TO: numbers },
        { From: caller },
      );
      expect(answer).toMatch(
        /^<\?xml[^>]*><Response><Dial action="\/voicemail" [^>]*><Sip>[^<]*<\/Sip><\/Dial><\/Response>$/,
      );
    }
  });

  test('rings at most three forwarding numbers, skipping what is not a number', () => {
    const answer = runInProcess(
      'inbound',
      {
        DIALTONE_FORWARD_MODE: 'together',
        DIALTONE_FORWARD_TO: ` ${mobile}, junk ,${office},+15125550111,+15125550112`,
      },
      { From: caller },
    );
    expect(answer.match(/<Number>[^<]*<\/Number>/g)).toEqual([
      `<Number>${mobile}</Number>`,
      `<Number>${office}</Number>`,
      '<Number>+15125550111</Number>',
    ]);
  });
});

describe('/forward', () => {
  test('redirected from /inbound (no ring before): forwards with the caller’s number', async () => {
    expect(twiml(await always.post('/forward', phoneCall({ From: caller })))).toEqual(forwarded(caller));
  });

  test.each([['Anonymous'], ['+266696687'], ['']])(
    'a withheld caller (%j) is forwarded showing the person’s own number',
    async (from) => {
      expect(twiml(await always.post('/forward', phoneCall({ From: from })))).toEqual(forwarded(number));
    },
  );

  test.each([
    ['no-answer', 'Dialtone rang out', () => noAnswer, ringEnded('no-answer'), forwarded(caller)],
    [
      'no-answer',
      'Dialtone is not connected (the Dial failed at once)',
      () => noAnswer,
      ringEnded('failed'),
      forwarded(caller),
    ],
    ['no-answer', 'the person declined the call', () => noAnswer, ringEnded('busy'), redirect('/voicemail')],
    ['no-answer', 'the caller hung up', () => noAnswer, ringEnded('canceled'), redirect('/voicemail')],
    [
      'no-answer',
      'the call was answered',
      () => noAnswer,
      ringEnded('completed', { DialCallDuration: '42' }),
      el('Response', {}, el('Hangup')),
    ],
    ['not-connected', 'Dialtone is not connected', () => notConnected, ringEnded('failed'), forwarded(caller)],
    [
      'not-connected',
      'Twilio answered "temporarily unavailable" for the SIP user',
      () => notConnected,
      ringEnded('no-answer', { DialSipResponseCode: '480' }),
      forwarded(caller),
    ],
    [
      'not-connected',
      'Dialtone rang out',
      () => notConnected,
      ringEnded('no-answer', { DialSipResponseCode: '487' }),
      redirect('/voicemail'),
    ],
    [
      'not-connected',
      'the person declined the call',
      () => notConnected,
      ringEnded('busy', { DialSipResponseCode: '486' }),
      redirect('/voicemail'),
    ],
  ])('mode %s, when %s', async (_mode, _what, server, request, expected) => {
    expect(twiml(await server().post('/forward', request))).toEqual(expected);
  });

  test('sends the call to voicemail when forwarding was turned off since the ring began', () => {
    const answer = runInProcess('forward', { DIALTONE_FORWARD_MODE: 'off', ...forwardTo }, ringEnded('no-answer'));
    expect(answer).toContain('<Redirect method="POST">/voicemail</Redirect>');
    const noNumbers = runInProcess('forward', { DIALTONE_FORWARD_MODE: 'always', DIALTONE_FORWARD_TO: 'none' }, {});
    expect(noNumbers).toContain('<Redirect method="POST">/voicemail</Redirect>');
  });
});

describe('forwarding only to the countries the line may call (DIALTONE_ALLOWED_COUNTRIES)', () => {
  const usMobile = '+15125550142';
  let usOnly: LabTwilioRun;
  beforeAll(async () => {
    usOnly = await startTwilioRun({
      env: {
        ...base,
        DIALTONE_FORWARD_TO: `${mobile},${usMobile},${office}`,
        DIALTONE_FORWARD_MODE: 'always',
        DIALTONE_ALLOWED_COUNTRIES: 'US,CA',
        RING_TIMEOUT_SECONDS: '20',
      },
    });
  }, 60_000);
  afterAll(() => usOnly?.stop());

  test('/forward dials only the numbers in an allowed country, skipping the others', async () => {
    expect(twiml(await usOnly.post('/forward', phoneCall({ From: caller })))).toEqual(
      el(
        'Response',
        {},
        el(
          'Dial',
          { action: '/voicemail', method: 'POST', answerOnBridge: 'true', timeout: '20', callerId: caller },
          el('Number', {}, usMobile),
        ),
      ),
    );
  });

  test('with no forwarding number in an allowed country, nothing is forwarded: /inbound rings Dialtone', () => {
    for (const allowed of ['US', 'none']) {
      const answer = runInProcess(
        'inbound',
        { DIALTONE_FORWARD_MODE: 'always', ...forwardTo, DIALTONE_ALLOWED_COUNTRIES: allowed },
        { From: caller },
      );
      expect(answer).toMatch(/<Response><Dial action="\/voicemail" [^>]*><Sip>[^<]*<\/Sip><\/Dial><\/Response>$/);
      const forward = runInProcess(
        'forward',
        { DIALTONE_FORWARD_MODE: 'always', ...forwardTo, DIALTONE_ALLOWED_COUNTRIES: allowed },
        {},
      );
      expect(forward).toContain('<Redirect method="POST">/voicemail</Redirect>');
      expect(forward).not.toContain('<Number>');
    }
  });

  test('together: rings Dialtone and only the allowed numbers', () => {
    const ring = (numbers: string, allowed: string) =>
      runInProcess(
        'inbound',
        { DIALTONE_FORWARD_MODE: 'together', DIALTONE_FORWARD_TO: numbers, DIALTONE_ALLOWED_COUNTRIES: allowed },
        { From: caller },
      ).match(/<Number>[^<]*<\/Number>/g);
    expect(ring(`${office},${usMobile}`, 'GB')).toEqual([`<Number>${office}</Number>`]);
    expect(ring(`${office},${usMobile}`, 'US')).toEqual([`<Number>${usMobile}</Number>`]);
    expect(ring(`${office},${usMobile}`, 'GB,US')).toEqual([
      `<Number>${office}</Number>`,
      `<Number>${usMobile}</Number>`,
    ]);
  });
});
