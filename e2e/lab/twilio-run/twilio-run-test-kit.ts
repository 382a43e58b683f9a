// What the twilio-run tests share: Twilio-shaped webhook requests for Dialtone's phone line, the TwiML answer
// as an element tree that toEqual compares whole, and a Function's handler run in this process.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import twilio from 'twilio';
import { expect } from 'vitest';
import type { TwilioRunReply } from './twilio-run';

export const number = '+15125550100';
export const domain = 'dialtone-15125550100-k3x9.sip.twilio.com';
export const accountSid = `AC${'1'.repeat(32)}`;

// ---- the XML, as a tree that toEqual compares whole --------------------------------------------------------

export interface Element {
  name: string;
  attributes: Record<string, string>;
  children: (Element | string)[];
}

export function el(name: string, attributes: Record<string, string> = {}, ...children: (Element | string)[]): Element {
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
export function twiml(reply: TwilioRunReply): Element {
  expect(reply.status, reply.body).toBe(200);
  expect(reply.contentType).toMatch(/^text\/xml\b/);
  expect(XMLValidator.validate(reply.body)).toBe(true);
  const [declaration, ...roots] = parser.parse(reply.body) as OrderedNode[];
  expect(declaration).toEqual({ '?xml': [{ '#text': '' }], ':@': { version: '1.0', encoding: 'UTF-8' } });
  expect(roots).toHaveLength(1);
  return toElement(roots[0]!) as Element;
}

/** The <Record> every voicemail ends with: transcribed, and saved by /voicemail-saved. */
export const voicemailRecord = el('Record', {
  action: '/voicemail-saved?step=goodbye',
  method: 'POST',
  maxLength: '120',
  playBeep: 'true',
  transcribe: 'true',
  transcribeCallback: '/voicemail-saved',
  recordingStatusCallback: '/voicemail-saved',
  recordingStatusCallbackMethod: 'POST',
});

/** Voicemail with spoken words: the greeting said, then the recording. */
export const voicemailSaying = (greeting: string) => el('Response', {}, el('Say', {}, greeting), voicemailRecord);

// ---- Twilio-shaped requests ---------------------------------------------------------------------------------

let calls = 0;
export const callSid = () => `CA${String(++calls).padStart(32, '0')}`;

/** What Twilio posts to the SIP domain's VoiceUrl when the desktop phone sends an INVITE to `to`. */
export function sipCall(to: string, extra: Record<string, string> = {}): Record<string, string> {
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

/** Dialtone's address in /inbound's <Sip>, with the headers the ring carries for the call `callSid`. */
export function desktopPhone(callSid: string, verstat?: string): string {
  const headers = [`X-Dialtone-Call-Sid=${callSid}`, ...(verstat ? [`X-Dialtone-Verstat=${verstat}`] : [])];
  return `sip:${number}@${domain};secure=true?${headers.join('&')}`;
}

/** What Twilio posts to the number's VoiceUrl when someone calls it. */
export function phoneCall(extra: Record<string, string> = {}): Record<string, string> {
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

// ---- in-process runs --------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const functionsDir = fileURLToPath(new URL('../../../assets/twilio-functions/functions/', import.meta.url));

/**
 * Runs a Function's handler in this process, with the twilio library as the Functions runtime's global Twilio
 * and a global Runtime that finds the private Functions, as twilio-run's does.
 */
export function runInProcess(name: string, env: Record<string, string>, event: Record<string, string> = {}): string {
  (globalThis as { Twilio?: unknown }).Twilio = twilio;
  (globalThis as { Runtime?: unknown }).Runtime = {
    getFunctions: () =>
      Object.fromEntries(
        readdirSync(functionsDir)
          .filter((file) => file.endsWith('.private.js'))
          .map((file) => [file.slice(0, -'.private.js'.length), { path: join(functionsDir, file) }]),
      ),
  };
  const { handler } = require(join(functionsDir, `${name}.protected.js`)) as {
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
