// Recorded greetings: where the person recorded a greeting (DIALTONE_RECORDED_*, an asset path), /voicemail plays
// it from the service's own domain instead of saying the words; an after-hours or busy greeting left unset falls
// back to the voicemail greeting, recorded or spoken. /menu plays a recorded prompt inside its Gather, so a key
// pressed during it counts. Served by the real twilio-run; answers compared whole.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { domain, el, number, phoneCall, twiml, voicemailRecord } from './twilio-run-test-kit';

const asset = (name: string) => `/greetings/${name.repeat(32)}.wav`;
const base = {
  DIALTONE_NUMBER: number,
  DIALTONE_SIP_DOMAIN: domain,
  DIALTONE_SIP_USER: number,
  VOICEMAIL_GREETING: 'Hi, this is Sam. Leave a message.',
  DIALTONE_GREETING_AFTER_HOURS: 'The studio is closed.',
  DIALTONE_GREETING_BUSY: 'none',
  DIALTONE_VOICE: 'Polly.Amy',
  DIALTONE_LANGUAGE: 'en-GB',
};

let allRecorded: LabTwilioRun;
let voicemailRecorded: LabTwilioRun;
let malformed: LabTwilioRun;

beforeAll(async () => {
  [allRecorded, voicemailRecorded, malformed] = await Promise.all([
    startTwilioRun({
      env: {
        ...base,
        DIALTONE_RECORDED_VOICEMAIL: asset('a'),
        DIALTONE_RECORDED_AFTER_HOURS: asset('b'),
        DIALTONE_RECORDED_BUSY: asset('c'),
        DIALTONE_MENU: 'on',
        DIALTONE_RECORDED_MENU: asset('d'),
      },
    }),
    startTwilioRun({
      env: { ...base, DIALTONE_RECORDED_VOICEMAIL: asset('a'), DIALTONE_RECORDED_AFTER_HOURS: 'none' },
    }),
    startTwilioRun({
      env: {
        ...base,
        DIALTONE_RECORDED_VOICEMAIL: 'https://elsewhere.example/greeting.wav',
        DIALTONE_RECORDED_AFTER_HOURS: '/greetings/../inbound',
        DIALTONE_RECORDED_BUSY: `${asset('c')}?x=1`,
      },
    }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([allRecorded, voicemailRecorded, malformed].map((server) => server?.stop()));
});

/** The Functions' own domain as twilio-run gives it (DOMAIN_NAME: localhost and its port; at Twilio the twil.io one). */
const served = (server: LabTwilioRun, path: string) => `https://localhost:${new URL(server.url).port}${path}`;
const played = (url: string) => el('Response', {}, el('Play', {}, url), voicemailRecord);
const said = (words: string) =>
  el('Response', {}, el('Say', { voice: 'Polly.Amy', language: 'en-GB' }, words), voicemailRecord);

describe('/voicemail with recorded greetings', () => {
  test.each([
    ['nobody answered', {}, 'a'],
    ['after hours', { why: 'after-hours' }, 'b'],
    ['the person declined', { DialCallStatus: 'busy' }, 'c'],
  ])('%s: plays that recording', async (_when, extra, name) => {
    const query = 'why' in extra ? '?why=after-hours' : '';
    const event = phoneCall('DialCallStatus' in extra ? { DialCallStatus: extra.DialCallStatus } : {});
    const answer = twiml(await allRecorded.post(`/voicemail${query}`, event));
    expect(answer).toEqual(played(served(allRecorded, asset(name))));
  });

  test('a greeting with its own words and no recording says them, even when the voicemail greeting is recorded', async () => {
    const answer = twiml(await voicemailRecorded.post('/voicemail?why=after-hours', phoneCall()));
    expect(answer).toEqual(said('The studio is closed.'));
  });

  test('a greeting with neither words nor a recording is the voicemail greeting, recorded', async () => {
    const answer = twiml(await voicemailRecorded.post('/voicemail', phoneCall({ DialCallStatus: 'busy' })));
    expect(answer).toEqual(played(served(voicemailRecorded, asset('a'))));
  });

  test.each([
    ['nobody answered', '/voicemail', {}, 'Hi, this is Sam. Leave a message.'],
    ['after hours', '/voicemail?why=after-hours', {}, 'The studio is closed.'],
    ['the person declined', '/voicemail', { DialCallStatus: 'busy' }, 'Hi, this is Sam. Leave a message.'],
  ])('%s, with a recording path that is no greeting asset: the words are said', async (_when, path, extra, words) => {
    expect(twiml(await malformed.post(path, phoneCall(extra)))).toEqual(said(words));
  });
});

describe('/menu with a recorded prompt', () => {
  const gathering = (server: LabTwilioRun, attempt: number, prompt: ReturnType<typeof el>) =>
    el(
      'Response',
      {},
      el('Gather', { numDigits: '1', timeout: '6', action: `/menu?attempt=${attempt}`, method: 'POST' }, prompt),
      el('Redirect', { method: 'POST' }, `/menu?attempt=${attempt}&pressed=none`),
    );

  test('plays the recording inside the Gather, first and again after no key', async () => {
    const prompt = el('Play', {}, served(allRecorded, asset('d')));
    expect(twiml(await allRecorded.post('/menu', phoneCall()))).toEqual(gathering(allRecorded, 1, prompt));
    expect(twiml(await allRecorded.post('/menu?attempt=1&pressed=none', phoneCall()))).toEqual(
      gathering(allRecorded, 2, prompt),
    );
  });

  test('without a recording, says the prompt made from the choices', async () => {
    const prompt = el(
      'Say',
      { voice: 'Polly.Amy', language: 'en-GB' },
      'To reach me, press 1. To leave a message, press 2.',
    );
    expect(twiml(await voicemailRecorded.post('/menu', phoneCall()))).toEqual(gathering(voicemailRecorded, 1, prompt));
  });
});
