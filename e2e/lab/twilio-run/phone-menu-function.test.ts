// The phone menu: /inbound hands callers to /menu, which offers the choices with Gather and sends each key on.
// Served by the real twilio-run; answers compared whole.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { domain, el, number, phoneCall, runInProcess, twiml } from './twilio-run-test-kit';

const base = { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number, DIALTONE_MENU: 'on' };
const ownPrompt = 'Thanks for calling Sam’s studio. Press 1 for Sam, 2 for a message, 3 for Sam’s mobile.';

let menu: LabTwilioRun;
let menuWithMobile: LabTwilioRun;

beforeAll(async () => {
  [menu, menuWithMobile] = await Promise.all([
    startTwilioRun({ env: base }),
    startTwilioRun({
      env: {
        ...base,
        DIALTONE_MENU_PROMPT: ownPrompt,
        DIALTONE_FORWARD_TO: '+447700900999',
        DIALTONE_VOICE: 'Polly.Amy',
        DIALTONE_LANGUAGE: 'en-GB',
      },
    }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([menu, menuWithMobile].map((server) => server?.stop()));
});

const redirect = (path: string) => el('Response', {}, el('Redirect', { method: 'POST' }, path));
const offer = (attempt: number, say: Element, ...before: Element[]) =>
  el(
    'Response',
    {},
    ...before,
    el('Gather', { numDigits: '1', timeout: '6', action: `/menu?attempt=${attempt}`, method: 'POST' }, say),
    el('Redirect', { method: 'POST' }, `/menu?attempt=${attempt}&pressed=none`),
  );
type Element = ReturnType<typeof el>;
const standardPrompt = el('Say', {}, 'To reach me, press 1. To leave a message, press 2.');
const notAChoice = el('Say', {}, 'Sorry, that is not one of the choices.');

describe('/inbound with the menu on', () => {
  test('hands the caller to the menu, after the blocking rules', async () => {
    expect(twiml(await menu.post('/inbound', phoneCall()))).toEqual(redirect('/menu'));
    const blocked = runInProcess(
      'inbound',
      { DIALTONE_MENU: 'on', DIALTONE_BLOCKED_1: '+447700900123' },
      { From: '+447700900123' },
    );
    expect(blocked).toContain('<Reject reason="rejected"/>');
  });

  test('rings Dialtone when the caller chose 1 (?menu=ring)', async () => {
    const answer = twiml(await menu.post('/inbound?menu=ring', phoneCall()));
    expect(answer.children.map((child) => (typeof child === 'string' ? child : child.name))).toEqual(['Dial']);
  });
});

describe('/menu', () => {
  test('offers the choices made from what is set, in Twilio’s standard voice', async () => {
    expect(twiml(await menu.post('/menu', phoneCall()))).toEqual(offer(1, standardPrompt));
  });

  test('says the person’s own prompt in their chosen voice', async () => {
    expect(twiml(await menuWithMobile.post('/menu', phoneCall()))).toEqual(
      offer(1, el('Say', { voice: 'Polly.Amy', language: 'en-GB' }, ownPrompt)),
    );
  });

  test.each([
    ['1', '/inbound?menu=ring'],
    ['2', '/voicemail'],
    ['3', '/forward'],
  ])('key %s goes to %s', async (digits, path) => {
    expect(twiml(await menuWithMobile.post('/menu?attempt=1', phoneCall({ Digits: digits })))).toEqual(redirect(path));
  });

  test('3 is no choice without a forwarding number: the menu is said again', async () => {
    expect(twiml(await menu.post('/menu?attempt=1', phoneCall({ Digits: '3' })))).toEqual(
      offer(2, standardPrompt, notAChoice),
    );
  });

  test.each([['9'], ['*'], ['#'], ['12'], ['<Hangup/>']])(
    'an invalid key %j: sorry, and the menu again',
    async (digits) => {
      expect(twiml(await menu.post('/menu?attempt=2', phoneCall({ Digits: digits })))).toEqual(
        offer(3, standardPrompt, notAChoice),
      );
    },
  );

  test('nothing pressed: the menu again, without an apology', async () => {
    expect(twiml(await menu.post('/menu?attempt=1&pressed=none', phoneCall()))).toEqual(offer(2, standardPrompt));
  });

  test('after three tries without a choice, Dialtone rings', async () => {
    expect(twiml(await menu.post('/menu?attempt=3&pressed=none', phoneCall()))).toEqual(redirect('/inbound?menu=ring'));
    expect(twiml(await menu.post('/menu?attempt=3', phoneCall({ Digits: '7' })))).toEqual(
      redirect('/inbound?menu=ring'),
    );
  });

  test.each([['0'], ['-4'], ['99'], ['soon'], ['1e9']])('an attempt of %j is read within 1 to 3', (attempt) => {
    const answer = runInProcess('menu', {}, { attempt, pressed: 'none' });
    expect(answer).toMatch(/action="\/menu\?attempt=[23]"|<Redirect method="POST">\/inbound\?menu=ring<\/Redirect>/);
  });
});
