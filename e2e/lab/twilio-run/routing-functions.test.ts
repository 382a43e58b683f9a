// The call-routing Functions of assets/twilio-functions, served by the real twilio-run and sent the webhook
// requests Twilio sends. Every answer is parsed as XML and compared whole: element names, their order, every
// attribute and every text.
// The Functions are "protected": on Twilio its gateway rejects a request without a valid X-Twilio-Signature.
// twilio-run checks no signature locally, so these tests cannot prove that check; they send a valid signature
// anyway (see post() in twilio-run.ts) so that the requests look exactly like Twilio's.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createRequire } from 'node:module';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun, type TwilioRunReply } from './twilio-run';

const number = '+15125550100';
const domain = 'dialtone-15125550100-k3x9.sip.twilio.com';
const greeting = 'Hi, this is Sam. Leave a message & I will call you back.';
const defaultGreeting = 'The person you are calling is not available. Please leave a message after the tone.';
const notANumber =
  'Dialtone could not place this call. Dial the number in international format, starting with plus and the country code.';
const wrongDomain = 'Dialtone could not place this call, because it did not come from your Dialtone phone.';

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

// ---- the XML, as a tree that toEqual compares whole --------------------------------------------------------

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: (Element | string)[];
}

function el(name: string, attributes: Record<string, string> = {}, ...children: (Element | string)[]): Element {
  return { name, attributes, children };
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
});

function toElement(node: OrderedNode): Element | string {
  if ('#text' in node) return String(node['#text']);
  const name = Object.keys(node).find((key) => key !== ':@')!;
  return el(name, { ...node[':@'] }, ...(node[name] as OrderedNode[]).map(toElement));
}

/** Checks the HTTP answer is TwiML and returns its <Response> element. */
function twiml(reply: TwilioRunReply): Element {
  expect(reply.status, reply.body).toBe(200);
  expect(reply.contentType).toMatch(/^text\/xml\b/);
  expect(XMLValidator.validate(reply.body)).toBe(true);
  const [declaration, ...roots] = parser.parse(reply.body) as OrderedNode[];
  expect(declaration).toEqual({ '?xml': [{ '#text': '' }], ':@': { version: '1.0', encoding: 'UTF-8' } });
  expect(roots).toHaveLength(1);
  return toElement(roots[0]!) as Element;
}

// ---- Twilio-shaped requests ---------------------------------------------------------------------------------

let calls = 0;
const callSid = () => `CA${String(++calls).padStart(32, '0')}`;
const accountSid = `AC${'1'.repeat(32)}`;

/** What Twilio posts to the SIP domain's VoiceUrl when the desktop phone sends an INVITE to `to`. */
function sipCall(to: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CallSid: callSid(),
    AccountSid: accountSid,
    From: `sip:${number}@${domain}`,
    To: to,
    CallStatus: 'ringing',
    ApiVersion: '2010-04-01',
    Direction: 'inbound',
    SipDomain: domain,
    SipDomainSid: `SD${'2'.repeat(32)}`,
    SipUsername: number,
    SipCallId: `${calls}-lab@192.0.2.10`,
    SipSourceIp: '192.0.2.10',
    ...extra,
  };
}

/** What Twilio posts to the number's VoiceUrl when someone calls it. */
function phoneCall(extra: Record<string, string> = {}): Record<string, string> {
  return {
    CallSid: callSid(),
    AccountSid: accountSid,
    From: '+447700900123',
    To: number,
    CallStatus: 'ringing',
    ApiVersion: '2010-04-01',
    Direction: 'inbound',
    Caller: '+447700900123',
    Called: number,
    FromCountry: 'GB',
    ToCountry: 'US',
    ...extra,
  };
}

/** What Twilio posts to the inbound <Dial>'s action when the desktop phone's leg has ended. */
function dialEnded(dialCallStatus: string, duration = '0'): Record<string, string> {
  return phoneCall({
    CallStatus: 'in-progress',
    DialCallStatus: dialCallStatus,
    DialCallSid: callSid(),
    DialCallDuration: duration,
  });
}

const voicemail = (say: string) =>
  el(
    'Response',
    {},
    el('Say', {}, say),
    el('Record', {
      action: '/voicemail-saved?step=goodbye',
      method: 'POST',
      maxLength: '120',
      playBeep: 'true',
      transcribe: 'true',
      transcribeCallback: '/voicemail-saved',
      recordingStatusCallback: '/voicemail-saved',
      recordingStatusCallbackMethod: 'POST',
    }),
  );

// ---- the flows ----------------------------------------------------------------------------------------------

describe('/outbound: a call the desktop phone places', () => {
  test.each([
    [`sip:+15125550123@${domain}`, '+15125550123'],
    [`sips:+442071838750@${domain};transport=tls`, '+442071838750'],
    [`sip:%2B4930123456@${domain}:5061;transport=tls`, '+4930123456'],
    [`sip:+61291234567;user=phone@${domain}`, '+61291234567'],
  ])('%s dials the phone number %s with the user’s number as caller ID', async (to, dialed) => {
    expect(twiml(await configured.post('/outbound', sipCall(to)))).toEqual(
      el('Response', {}, el('Dial', { callerId: number, answerOnBridge: 'true' }, el('Number', {}, dialed))),
    );
  });

  test.each([
    [`sip:alice@${domain}`, 'alice'],
    [`sips:bob.smith@${domain.toUpperCase()};transport=tls`, 'bob.smith'],
    ['sip:carol-2@dialtone-15125550100-k3x9.sip.ashburn.twilio.com', 'carol-2'],
  ])('%s calls the user %s of the same SIP domain on a second leg', async (to, user) => {
    expect(twiml(await configured.post('/outbound', sipCall(to)))).toEqual(
      el('Response', {}, el('Dial', { answerOnBridge: 'true' }, el('Sip', {}, `sip:${user}@${domain};secure=true`))),
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
      el('Response', {}, el('Say', {}, wrongDomain), el('Hangup')),
    );
  });
});

describe('/inbound: someone calls the user’s number', () => {
  const ring = (timeout: string) =>
    el(
      'Response',
      {},
      el(
        'Dial',
        { action: '/voicemail', method: 'POST', answerOnBridge: 'true', timeout },
        // The SIP user is the E.164 number; "+" stays literal, as RFC 3261 allows in a SIP URI's user part.
        el('Sip', {}, `sip:+15125550100@${domain};secure=true`),
      ),
    );

  test('rings the desktop phone for RING_TIMEOUT_SECONDS, then asks /voicemail', async () => {
    expect(twiml(await configured.post('/inbound', phoneCall()))).toEqual(ring('40'));
  });

  test('rings 25 seconds when RING_TIMEOUT_SECONDS is missing', async () => {
    expect(twiml(await defaults.post('/inbound', phoneCall()))).toEqual(ring('25'));
  });

  test('rings at least 5 seconds', async () => {
    expect(twiml(await tooShort.post('/inbound', phoneCall()))).toEqual(ring('5'));
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
      `<?xml version="1.0" encoding="UTF-8"?><Response><Dial action="/voicemail" method="POST" answerOnBridge="true" timeout="${timeout}"><Sip>sip:+15125550100@${domain};secure=true</Sip></Dial></Response>`,
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
      expect(twiml(await configured.post('/voicemail', dialEnded(status)))).toEqual(voicemail(greeting));
    },
  );

  test('without DialCallStatus it takes a message too', async () => {
    expect(twiml(await configured.post('/voicemail', phoneCall({ CallStatus: 'in-progress' })))).toEqual(
      voicemail(greeting),
    );
  });

  test('the default greeting, when VOICEMAIL_GREETING is missing or empty', async () => {
    expect(twiml(await defaults.post('/voicemail', dialEnded('no-answer')))).toEqual(voicemail(defaultGreeting));
    expect(twiml(await tooShort.post('/voicemail', dialEnded('busy')))).toEqual(voicemail(defaultGreeting));
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
  expect(configured.logs()).toMatch(/200 POST \/outbound/);
  expect(configured.logs()).toMatch(/200 POST \/sms/);
});

// ---- in-process runs --------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);

/** Runs a Function's handler in this process, with the twilio library as the Functions runtime's global Twilio. */
function runInProcess(name: string, env: Record<string, string>, event: Record<string, string> = {}): string {
  (globalThis as { Twilio?: unknown }).Twilio = twilio;
  const { handler } = require(`../../../assets/twilio-functions/functions/${name}.protected.js`) as {
    handler: (context: object, event: object, callback: (error: unknown, response: unknown) => void) => void;
  };
  let result = '';
  handler(
    { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number, ...env },
    event,
    (error, response) => {
      if (error) throw error;
      result = String(response);
    },
  );
  return result;
}
