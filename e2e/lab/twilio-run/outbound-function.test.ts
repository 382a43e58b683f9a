// The call-routing Functions of assets/twilio-functions, served by the real twilio-run and sent the webhook
// requests Twilio sends. Every answer is parsed as XML and compared whole: element names, their order, every
// attribute and every text.
// The Functions are "protected": on Twilio its gateway rejects a request without a valid X-Twilio-Signature.
// twilio-run checks no signature locally, so these tests cannot prove that check; they send a valid signature
// anyway (see post() in twilio-run.ts) so that the requests look exactly like Twilio's.
// This file: /outbound, which places the desktop phone's calls and refuses what could be toll fraud.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { domain, el, number, runInProcess, sipCall, twiml } from './twilio-run-test-kit';

const notANumber =
  'Dialtone could not place this call. Dial the number in international format, starting with plus and the country code.';
const notYourPhone = 'Dialtone could not place this call, because it did not come from your Dialtone phone.';
const notAllowed = (where: string) =>
  `Dialtone did not place this call: calls to ${where} are not allowed on your line. To allow them, add the country in Dialtone, under Settings, Calls to other countries.`;

let configured: LabTwilioRun;
let defaults: LabTwilioRun;
let noCountry: LabTwilioRun;

beforeAll(async () => {
  const base = { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number };
  [configured, defaults, noCountry] = await Promise.all([
    startTwilioRun({ env: { ...base, DIALTONE_ALLOWED_COUNTRIES: 'US,GB,DE,AU' } }),
    // No DIALTONE_ALLOWED_COUNTRIES (a routing deployed before there was one): the number's own country.
    startTwilioRun({ env: base }),
    startTwilioRun({ env: { ...base, DIALTONE_ALLOWED_COUNTRIES: 'none' } }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([configured, defaults, noCountry].map((server) => server?.stop()));
});

describe('/outbound: a call the desktop phone places', () => {
  test.each([
    [`sip:+15125550123@${domain}`, '+15125550123'],
    [`sips:+442071838750@${domain};transport=tls`, '+442071838750'],
    [`sip:%2B4930123456@${domain}:5061;transport=tls`, '+4930123456'],
    [`sip:+61291234567;user=phone@${domain}`, '+61291234567'],
  ])('%s dials the phone number %s with the user’s number as caller ID', async (to, dialed) => {
    expect(twiml(await configured.post('/outbound', sipCall(to)))).toEqual(
      el(
        'Response',
        {},
        el('Dial', { callerId: number, answerOnBridge: 'true', referUrl: '/transfer' }, el('Number', {}, dialed)),
      ),
    );
  });

  test.each([
    [`sip:alice@${domain}`, 'alice'],
    [`sips:bob.smith@${domain.toUpperCase()};transport=tls`, 'bob.smith'],
    ['sip:carol-2@dialtone-15125550100-k3x9.sip.ashburn.twilio.com', 'carol-2'],
  ])('%s calls the user %s of the same SIP domain on a second leg', async (to, user) => {
    expect(twiml(await configured.post('/outbound', sipCall(to)))).toEqual(
      el(
        'Response',
        {},
        el(
          'Dial',
          { answerOnBridge: 'true', referUrl: '/transfer' },
          el('Sip', {}, `sip:${user}@${domain};secure=true`),
        ),
      ),
    );
  });

  test.each([
    [`sip:12@${domain}`],
    [`sip:0044207183875@${domain}`],
    [`sip:+0123456789@${domain}`],
    [`sip:+123456@${domain}`],
    [`sip:+1234567890123456@${domain}`],
    [`sip:%2B1%20512%20555%200123@${domain}`],
    [`sip:%E0%A4%A@${domain}`],
    ['sip:alice@pbx.example.com'],
    ['tel:+15125550123'],
    ['+15125550123'],
    [''],
  ])('%j is no destination: it says why and hangs up', async (to) => {
    expect(twiml(await configured.post('/outbound', sipCall(to)))).toEqual(
      el('Response', {}, el('Say', {}, notANumber), el('Hangup')),
    );
  });

  test('a call from another SIP domain is refused, even to a valid number', async () => {
    const request = sipCall(`sip:+15125550123@${domain}`, { SipDomain: 'someone-else.sip.twilio.com' });
    expect(twiml(await configured.post('/outbound', request))).toEqual(
      el('Response', {}, el('Say', {}, notYourPhone), el('Hangup')),
    );
  });
});

describe('/outbound: what it refuses to dial (toll fraud)', () => {
  const refused = (words: string) => el('Response', {}, el('Say', {}, words), el('Hangup'));

  test('a request without SipDomain is no call from the phone: rejected unanswered, so nothing is billed', async () => {
    const noDomain = sipCall(`sip:+15125550123@${domain}`);
    for (const key of ['SipDomain', 'SipDomainSid', 'SipUsername']) delete noDomain[key];
    expect(twiml(await configured.post('/outbound', noDomain))).toEqual(el('Response', {}, el('Reject')));
    expect(twiml(await configured.post('/outbound', { ...noDomain, SipDomain: '' }))).toEqual(
      el('Response', {}, el('Reject')),
    );
  });

  test.each([
    ['sip:mallory@evil.example.com'],
    ['sip:+15125550100@someone-else.sip.twilio.com'],
    [`sip:bad%ZZuser@${domain}`],
    [`sip:12345@${domain}`],
    ['+15125550100'],
    [''],
  ])('a From of %j is no user of the person’s domain: refused in words', async (from) => {
    const request = sipCall(`sip:+15125550123@${domain}`, { From: from });
    expect(twiml(await configured.post('/outbound', request))).toEqual(refused(notYourPhone));
  });

  test('a From of the person’s domain through an edge location is the person’s phone', async () => {
    const request = sipCall(`sip:+15125550123@${domain}`, {
      From: 'sip:+15125550100@dialtone-15125550100-k3x9.sip.dublin.twilio.com;transport=tls',
    });
    expect(twiml(await configured.post('/outbound', request))).toEqual(
      el(
        'Response',
        {},
        el(
          'Dial',
          { callerId: number, answerOnBridge: 'true', referUrl: '/transfer' },
          el('Number', {}, '+15125550123'),
        ),
      ),
    );
  });

  test.each([
    // The same calling code as the US, another country: the classic premium-rate destinations.
    ['+18765550123', 'numbers in Jamaica'],
    ['+12685550123', 'numbers in Antigua & Barbuda'],
    ['+14165550123', 'numbers in Canada'],
    ['+33142685300', 'numbers in France'],
    ['+882123456789', 'this number'],
    ['+15555550100', 'this number'],
  ])('%s is outside the allowed countries: it says where to allow them and hangs up', async (dialed, where) => {
    expect(twiml(await configured.post('/outbound', sipCall(`sip:${dialed}@${domain}`)))).toEqual(
      refused(notAllowed(where)),
    );
  });

  test('without a list the number’s own country may be called, and only it', async () => {
    expect(twiml(await defaults.post('/outbound', sipCall(`sip:+15125550123@${domain}`)))).toEqual(
      el(
        'Response',
        {},
        el(
          'Dial',
          { callerId: number, answerOnBridge: 'true', referUrl: '/transfer' },
          el('Number', {}, '+15125550123'),
        ),
      ),
    );
    expect(twiml(await defaults.post('/outbound', sipCall(`sip:+442071838750@${domain}`)))).toEqual(
      refused(notAllowed('numbers in United Kingdom')),
    );
  });

  test('with no country allowed, no phone number is dialled; users of the domain still are', async () => {
    expect(twiml(await noCountry.post('/outbound', sipCall(`sip:+15125550123@${domain}`)))).toEqual(
      refused(notAllowed('numbers in United States')),
    );
    expect(twiml(await noCountry.post('/outbound', sipCall(`sip:alice@${domain}`)))).toEqual(
      el(
        'Response',
        {},
        el('Dial', { answerOnBridge: 'true', referUrl: '/transfer' }, el('Sip', {}, `sip:alice@${domain};secure=true`)),
      ),
    );
  });

  test.each([
    [' us , ca ', '+14165550123', true],
    ['US;CA', '+14165550123', false],
    ['', '+15125550123', false],
    ['USA,GB', '+15125550123', false],
    ['GB', '+15125550123', false],
  ])('DIALTONE_ALLOWED_COUNTRIES %j and %s: dialled %s (same handler, run in-process)', (list, dialed, dials) => {
    const request = sipCall(`sip:${dialed}@${domain}`);
    expect(runInProcess('outbound', { DIALTONE_ALLOWED_COUNTRIES: list }, request).includes('<Number>')).toBe(dials);
  });
});
test('twilio-run logged each request', () => {
  expect(configured.logs()).toMatch(/200 POST \/outbound/);
});
