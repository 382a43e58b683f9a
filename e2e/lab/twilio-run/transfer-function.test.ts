// Blind transfer: Dialtone sends a SIP REFER, Twilio asks /transfer (the referUrl of every Dial) what to do with
// the other party, passing the Refer-To value as ReferTransferTarget. Served by the real twilio-run; answers
// compared whole. The toll-fraud rules of /outbound hold: a transfer may not reach what a call may not.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { domain, el, number, phoneCall, twiml } from './twilio-run-test-kit';

let transfers: LabTwilioRun;

beforeAll(async () => {
  transfers = await startTwilioRun({
    env: {
      DIALTONE_NUMBER: number,
      DIALTONE_SIP_DOMAIN: domain,
      DIALTONE_SIP_USER: number,
      DIALTONE_ALLOWED_COUNTRIES: 'US,GB',
      RING_TIMEOUT_SECONDS: '30',
    },
  });
}, 60_000);

afterAll(async () => {
  await transfers?.stop();
});

/** What Twilio posts to the referUrl when Dialtone's REFER arrives. */
const referred = (target: string) =>
  phoneCall({ CallStatus: 'in-progress', ReferTransferTarget: target, ReferredBy: `<sip:${number}@${domain}>` });

const toNumber = (dialed: string) =>
  el(
    'Response',
    {},
    el('Dial', { callerId: number, answerOnBridge: 'true', referUrl: '/transfer' }, el('Number', {}, dialed)),
  );

const ringDialtoneAgain = el(
  'Response',
  {},
  el('Say', {}, 'Sorry, this call could not be transferred. Please hold.'),
  el(
    'Dial',
    { action: '/voicemail', method: 'POST', answerOnBridge: 'true', referUrl: '/transfer', timeout: '30' },
    el('Sip', {}, `sip:${number}@${domain};secure=true`),
  ),
);

describe('/transfer', () => {
  test.each([
    ['in angle brackets', `<sip:+442079460123@${domain}>`],
    ['with parameters after them', `<sip:+442079460123@${domain};transport=tls>;method=INVITE`],
    ['bare', `sip:+442079460123@${domain}`],
    ['through an edge', `<sip:+442079460123@${domain.replace('.sip.', '.sip.dublin.')}>`],
    ['as a tel: address', '<tel:+442079460123>'],
    ['with + escaped', `<sip:%2B442079460123@${domain}>`],
  ])('dials a number in an allowed country, %s, with the person’s caller ID', async (_how, target) => {
    expect(twiml(await transfers.post('/transfer', referred(target)))).toEqual(toNumber('+442079460123'));
  });

  test('dials a colleague’s desktop phone: a user of the person’s SIP domain', async () => {
    expect(twiml(await transfers.post('/transfer', referred(`<sip:alice@${domain}>`)))).toEqual(
      el(
        'Response',
        {},
        el('Dial', { answerOnBridge: 'true', referUrl: '/transfer' }, el('Sip', {}, `sip:alice@${domain};secure=true`)),
      ),
    );
  });

  test.each([
    ['a number in a country the line may not call', `<sip:+882123456789@${domain}>`],
    ['a premium number abroad', `<sip:+33899123456@${domain}>`],
    ['a SIP address on another domain', '<sip:alice@elsewhere.example.com>'],
    ['a user of another Twilio domain', '<sip:alice@someone-else.sip.twilio.com>'],
    ['a number without its country code', `<sip:5125550123@${domain}>`],
    ['nothing', ''],
    ['an unclosed bracket', `<sip:+442079460123@${domain}`],
    ['markup', '<script>alert(1)</script>'],
    ['a huge value', `<sip:+44${'2'.repeat(100_000)}@${domain}>`],
  ])('refuses %s: the other party is told and Dialtone rings again', async (_what, target) => {
    expect(twiml(await transfers.post('/transfer', referred(target)))).toEqual(ringDialtoneAgain);
  });
});
