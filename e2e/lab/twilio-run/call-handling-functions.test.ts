// The person's call handling in /inbound (blocked callers, do not disturb), served by the real twilio-run with
// the variables Dialtone sets; every answer compared whole, as in routing-functions.test.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { domain, el, number, phoneCall, runInProcess, twiml } from './twilio-run-test-kit';

const base = { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number };
const blocked = {
  DIALTONE_BLOCKED_1: '+447700900123, +1900*',
  // Lists longer than one variable's 450 bytes go on in the next ones.
  DIALTONE_BLOCKED_2: '+33612345678,withheld',
  DIALTONE_BLOCKED_3: 'none',
};

let blocking: LabTwilioRun;
let busyBlocking: LabTwilioRun;
let doNotDisturb: LabTwilioRun;

beforeAll(async () => {
  [blocking, busyBlocking, doNotDisturb] = await Promise.all([
    startTwilioRun({ env: { ...base, ...blocked } }),
    startTwilioRun({ env: { ...base, ...blocked, DIALTONE_BLOCKED_REJECT: 'busy', DIALTONE_DO_NOT_DISTURB: 'on' } }),
    startTwilioRun({ env: { ...base, DIALTONE_DO_NOT_DISTURB: 'on' } }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([blocking, busyBlocking, doNotDisturb].map((server) => server?.stop()));
});

const ring = el(
  'Response',
  {},
  el(
    'Dial',
    { action: '/voicemail', method: 'POST', answerOnBridge: 'true', timeout: '25' },
    el('Sip', {}, `sip:${number}@${domain};secure=true`),
  ),
);
const rejected = (reason: string) => el('Response', {}, el('Reject', { reason }));

describe('blocked callers', () => {
  test.each([
    ['a blocked number', '+447700900123'],
    ['a number under a blocked prefix', '+19005550123'],
    ['a number from the second variable', '+33612345678'],
    ['a withheld caller, as a word', 'Anonymous'],
    ['a withheld caller, spelled on a keypad', '+266696687'],
    ['a caller with no number at all', ''],
  ])('%s is rejected and never reaches voicemail', async (_what, from) => {
    expect(twiml(await blocking.post('/inbound', phoneCall({ From: from, Caller: from })))).toEqual(
      rejected('rejected'),
    );
  });

  test('with "busy" chosen they hear busy, even while do not disturb is on', async () => {
    expect(twiml(await busyBlocking.post('/inbound', phoneCall({ From: '+19005550123' })))).toEqual(rejected('busy'));
  });

  test.each([
    ['a number that only starts like a blocked one', '+4477009001234'],
    ['a number that contains a blocked prefix later on', '+44190055501'],
  ])('%s rings as usual', async (_what, from) => {
    expect(twiml(await blocking.post('/inbound', phoneCall({ From: from })))).toEqual(ring);
  });

  test.each([
    ['Restricted', true],
    ['+7378742833', true],
    ['unknown', true],
    ['<script>', true],
    [`+1${'5'.repeat(100_000)}`, true],
    ['+15125550199', false],
  ])('withheld %j: %s (same handler, run in-process)', (from, isWithheld) => {
    const answer = runInProcess('inbound', { DIALTONE_BLOCKED_1: 'withheld' }, { From: from });
    expect(answer.includes('<Reject reason="rejected"/>')).toBe(isWithheld);
    expect(answer.includes('<Dial ')).toBe(!isWithheld);
  });
});

test('"none" is a variable with no entry, not a caller to block', () => {
  const answer = runInProcess('inbound', { DIALTONE_BLOCKED_1: 'none', DIALTONE_BLOCKED_2: 'none' }, { From: 'none' });
  expect(answer).toContain('<Dial ');
});

describe('do not disturb', () => {
  test('sends the call straight to voicemail, without ringing', async () => {
    expect(twiml(await doNotDisturb.post('/inbound', phoneCall()))).toEqual(
      el('Response', {}, el('Redirect', { method: 'POST' }, '/voicemail')),
    );
  });

  test('anything but "on" rings', () => {
    for (const value of ['off', '', 'ON ', 'true']) {
      expect(runInProcess('inbound', { DIALTONE_DO_NOT_DISTURB: value }, { From: '+447700900123' })).toContain(
        '<Dial ',
      );
    }
  });
});
