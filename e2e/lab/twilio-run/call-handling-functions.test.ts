// The person's call handling in /inbound (blocked callers, do not disturb, unverified callers, the headers the
// ring carries), served by the real twilio-run with the variables Dialtone sets; every answer compared whole, as
// in routing-functions.test.ts. Forwarding and schedules have their own files.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { desktopPhone, domain, el, number, phoneCall, runInProcess, twiml } from './twilio-run-test-kit';

const base = { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number };
const blocked = {
  DIALTONE_BLOCKED_1: '+447700900123, +1900*',
  // Lists longer than one variable's 450 bytes go on in the next ones.
  DIALTONE_BLOCKED_2: '+33612345678,withheld',
  DIALTONE_BLOCKED_3: 'none',
};

const forwardTo = '+447700900999';

let blocking: LabTwilioRun;
let busyBlocking: LabTwilioRun;
let doNotDisturb: LabTwilioRun;
let screening: LabTwilioRun;

beforeAll(async () => {
  [blocking, busyBlocking, doNotDisturb, screening] = await Promise.all([
    startTwilioRun({ env: { ...base, ...blocked } }),
    startTwilioRun({ env: { ...base, ...blocked, DIALTONE_BLOCKED_REJECT: 'busy', DIALTONE_DO_NOT_DISTURB: 'on' } }),
    startTwilioRun({ env: { ...base, DIALTONE_DO_NOT_DISTURB: 'on' } }),
    startTwilioRun({
      env: {
        ...base,
        DIALTONE_UNVERIFIED: 'voicemail',
        DIALTONE_FORWARD_MODE: 'always',
        DIALTONE_FORWARD_TO: forwardTo,
      },
    }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([blocking, busyBlocking, doNotDisturb, screening].map((server) => server?.stop()));
});

const ring = (call: Record<string, string>, verstat?: string) =>
  el(
    'Response',
    {},
    el(
      'Dial',
      { action: '/voicemail', method: 'POST', answerOnBridge: 'true', referUrl: '/transfer', timeout: '25' },
      el('Sip', {}, desktopPhone(call.CallSid!, verstat)),
    ),
  );
const redirect = (path: string) => el('Response', {}, el('Redirect', { method: 'POST' }, path));
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
    const call = phoneCall({ From: from });
    expect(twiml(await blocking.post('/inbound', call))).toEqual(ring(call));
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
    expect(twiml(await doNotDisturb.post('/inbound', phoneCall()))).toEqual(redirect('/voicemail'));
  });

  test.each([
    [
      'forwarding, when chosen and a number is set',
      { DIALTONE_DND_SENDS_TO: 'forwarding', DIALTONE_FORWARD_TO: forwardTo },
      '/forward',
    ],
    [
      'voicemail, when forwarding is chosen but no number is set',
      { DIALTONE_DND_SENDS_TO: 'forwarding', DIALTONE_FORWARD_TO: 'none' },
      '/voicemail',
    ],
    [
      'voicemail, for an unknown destination',
      { DIALTONE_DND_SENDS_TO: 'elsewhere', DIALTONE_FORWARD_TO: forwardTo },
      '/voicemail',
    ],
  ])('sends the call to %s', (_what, env, path) => {
    const answer = runInProcess('inbound', { DIALTONE_DO_NOT_DISTURB: 'on', ...env }, { From: '+447700900123' });
    expect(answer).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Redirect method="POST">${path}</Redirect></Response>`,
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

describe('unverified callers', () => {
  test('with "voicemail" chosen, a caller without full attestation goes to voicemail, before forwarding', async () => {
    for (const verstat of [
      undefined,
      'TN-Validation-Passed-B',
      'TN-Validation-Failed-A',
      'No-TN-Validation',
      'new-value',
    ]) {
      const call = phoneCall(verstat ? { StirVerstat: verstat } : {});
      expect(twiml(await screening.post('/inbound', call))).toEqual(redirect('/voicemail?why=unverified'));
    }
  });

  test('a caller verified with full attestation goes on to the next rule (here, forwarding always)', async () => {
    const call = phoneCall({ StirVerstat: 'TN-Validation-Passed-A' });
    expect(twiml(await screening.post('/inbound', call))).toEqual(redirect('/forward'));
  });
});

describe('what the ring tells Dialtone', () => {
  test('the CallSid and the verification result, as X- headers on the SIP address', async () => {
    const call = phoneCall({ From: '+15125550199', StirVerstat: 'TN-Validation-Passed-A' });
    expect(twiml(await blocking.post('/inbound', call))).toEqual(ring(call, 'TN-Validation-Passed-A'));
  });

  test.each([
    ['a value with a header separator', 'A&X-Evil=1'],
    ['a value with a space', 'TN Validation'],
    ['a huge value', 'A'.repeat(100_000)],
  ])('a verification result with %s is left out', (_what, verstat) => {
    const answer = runInProcess(
      'inbound',
      {},
      { From: '+447700900123', CallSid: `CA${'a'.repeat(32)}`, StirVerstat: verstat },
    );
    expect(answer).toContain(`<Sip>sip:${number}@${domain};secure=true?X-Dialtone-Call-Sid=CA${'a'.repeat(32)}</Sip>`);
  });

  test('a CallSid that is not one is left out', () => {
    const answer = runInProcess('inbound', {}, { From: '+447700900123', CallSid: 'CA123?X-Evil=1' });
    expect(answer).toContain(`<Sip>sip:${number}@${domain};secure=true</Sip>`);
  });
});
