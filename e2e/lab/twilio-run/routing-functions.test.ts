// The call-routing Functions of assets/twilio-functions, served by the real twilio-run and sent the webhook
// requests Twilio sends. Every answer is parsed as XML and compared whole: element names, their order, every
// attribute and every text.
// The Functions are "protected": on Twilio its gateway rejects a request without a valid X-Twilio-Signature.
// twilio-run checks no signature locally, so these tests cannot prove that check; they send a valid signature
// anyway (see post() in twilio-run.ts) so that the requests look exactly like Twilio's.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import {
  callSid,
  domain,
  el,
  number,
  phoneCall,
  runInProcess,
  twiml,
  accountSid,
  voicemailSaying,
} from './twilio-run-test-kit';

const greeting = 'Hi, this is Sam. Leave a message & I will call you back.';
const defaultGreeting = 'The person you are calling is not available. Please leave a message after the tone.';

let configured: LabTwilioRun;
let defaults: LabTwilioRun;
let tooShort: LabTwilioRun;

beforeAll(async () => {
  const base = { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number };
  [configured, defaults, tooShort] = await Promise.all([
    startTwilioRun({ env: { ...base, RING_TIMEOUT_SECONDS: '40', VOICEMAIL_GREETING: greeting } }),
    startTwilioRun({ env: base }),
    startTwilioRun({ env: { ...base, RING_TIMEOUT_SECONDS: '2', VOICEMAIL_GREETING: '' } }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([configured, defaults, tooShort].map((server) => server?.stop()));
});

/** What Twilio posts to the inbound <Dial>'s action when the desktop phone's leg has ended. */
function dialEnded(dialCallStatus: string, duration = '0'): Record<string, string> {
  return phoneCall({
    CallStatus: 'in-progress',
    DialCallStatus: dialCallStatus,
    DialCallSid: callSid(),
    DialCallDuration: duration,
  });
}

describe('/inbound: someone calls the user’s number', () => {
  const ring = (timeout: string, call: Record<string, string>) =>
    el(
      'Response',
      {},
      el(
        'Dial',
        { action: '/voicemail', method: 'POST', answerOnBridge: 'true', referUrl: '/transfer', timeout },
        // The SIP user is the E.164 number; "+" stays literal, as RFC 3261 allows in a SIP URI's user part.
        el('Sip', {}, `sip:+15125550100@${domain};secure=true?X-Dialtone-Call-Sid=${call.CallSid}`),
      ),
    );

  test('rings the desktop phone for RING_TIMEOUT_SECONDS with the CallSid, then asks /voicemail', async () => {
    const call = phoneCall();
    expect(twiml(await configured.post('/inbound', call))).toEqual(ring('40', call));
  });

  test('rings 25 seconds when RING_TIMEOUT_SECONDS is missing', async () => {
    const call = phoneCall();
    expect(twiml(await defaults.post('/inbound', call))).toEqual(ring('25', call));
  });

  test('rings at least 5 seconds', async () => {
    const call = phoneCall();
    expect(twiml(await tooShort.post('/inbound', call))).toEqual(ring('5', call));
  });

  test.each([
    ['999', '60'],
    ['61', '60'],
    ['0', '5'],
    ['-10', '5'],
    ['12.6', '13'],
    [' 30 ', '30'],
    ['', '25'],
    ['soon', '25'],
    ['Infinity', '25'],
  ])('RING_TIMEOUT_SECONDS %j rings %s seconds (same handler, run in-process)', (value, timeout) => {
    // More values than are worth a twilio-run each: the handler itself, with twilio as its global Twilio.
    expect(runInProcess('inbound', { RING_TIMEOUT_SECONDS: value })).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Dial action="/voicemail" method="POST" answerOnBridge="true" referUrl="/transfer" timeout="${timeout}"><Sip>sip:+15125550100@${domain};secure=true</Sip></Dial></Response>`,
    );
  });
});

describe('/voicemail: the inbound Dial has ended', () => {
  test.each(['completed', 'answered'])('%s: the call has happened, hang up', async (status) => {
    expect(twiml(await configured.post('/voicemail', dialEnded(status, '73')))).toEqual(
      el('Response', {}, el('Hangup')),
    );
  });

  test.each(['no-answer', 'busy', 'failed', 'canceled'])(
    '%s: greet, then record a transcribed message',
    async (status) => {
      expect(twiml(await configured.post('/voicemail', dialEnded(status)))).toEqual(voicemailSaying(greeting));
    },
  );

  test('without DialCallStatus it takes a message too', async () => {
    expect(twiml(await configured.post('/voicemail', phoneCall({ CallStatus: 'in-progress' })))).toEqual(
      voicemailSaying(greeting),
    );
  });

  test('the default greeting, when VOICEMAIL_GREETING is missing or empty', async () => {
    expect(twiml(await defaults.post('/voicemail', dialEnded('no-answer')))).toEqual(voicemailSaying(defaultGreeting));
    expect(twiml(await tooShort.post('/voicemail', dialEnded('busy')))).toEqual(voicemailSaying(defaultGreeting));
  });
});

describe('/voicemail-saved: after the message', () => {
  const recording = {
    RecordingSid: `RE${'3'.repeat(32)}`,
    RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/RE${'3'.repeat(32)}`,
  };

  test('the Record action thanks the caller and hangs up', async () => {
    const request = phoneCall({ CallStatus: 'in-progress', ...recording, RecordingDuration: '14', Digits: 'hangup' });
    expect(twiml(await configured.post('/voicemail-saved?step=goodbye', request))).toEqual(
      el('Response', {}, el('Say', {}, 'Thank you, goodbye.'), el('Hangup')),
    );
  });

  test('the recording status callback gets an empty answer', async () => {
    const request = {
      AccountSid: accountSid,
      CallSid: callSid(),
      ...recording,
      RecordingStatus: 'completed',
      RecordingDuration: '14',
      RecordingChannels: '1',
      RecordingSource: 'RecordVerb',
      RecordingStartTime: 'Mon, 23 Nov 2026 10:00:00 +0000',
    };
    expect(twiml(await configured.post('/voicemail-saved', request))).toEqual(el('Response'));
  });

  test('the transcription callback gets an empty answer', async () => {
    const request = {
      ...phoneCall({ CallStatus: 'completed' }),
      ...recording,
      TranscriptionSid: `TR${'4'.repeat(32)}`,
      TranscriptionText: 'Hi Sam, it is Alex, call me back.',
      TranscriptionStatus: 'completed',
      TranscriptionUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Transcriptions/TR${'4'.repeat(32)}`,
    };
    expect(twiml(await configured.post('/voicemail-saved', request))).toEqual(el('Response'));
  });
});

describe('/sms: a text message to the number', () => {
  test('is accepted without a reply', async () => {
    const request = {
      MessageSid: `SM${'5'.repeat(32)}`,
      SmsSid: `SM${'5'.repeat(32)}`,
      SmsMessageSid: `SM${'5'.repeat(32)}`,
      AccountSid: accountSid,
      From: '+447700900123',
      To: number,
      Body: 'Running late <again> & sorry',
      NumMedia: '0',
      NumSegments: '1',
      SmsStatus: 'received',
      ApiVersion: '2010-04-01',
    };
    expect(twiml(await configured.post('/sms', request))).toEqual(el('Response'));
  });
});
test('twilio-run logged each request', () => {
  expect(configured.logs()).toMatch(/200 POST \/inbound/);
  expect(configured.logs()).toMatch(/200 POST \/sms/);
});
