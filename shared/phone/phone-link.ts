import type { DialProblemValues, DialProblemWords } from './dial-problem-text';
import type { PhoneLinkProblemValues, PhoneLinkProblemWords } from './phone-link-text';
import { toDialTarget, type DialTarget } from './phone-number';

/** One sentence of why a link cannot be called: the link's own words, or the dialer's about its number. */
export type PhoneLinkProblem =
  | { of: 'link'; words: PhoneLinkProblemWords; values: PhoneLinkProblemValues }
  | { of: 'dial'; words: DialProblemWords; values: DialProblemValues };

/**
 * What a tel:, sip: or callto: link asks Dialtone to dial. The target never carries a telephone
 * extension (calls:dial takes E.164 or a SIP URI only): the extension is shown in `display`
 * ("(512) 555-0123 ext. 12") and given apart in `extension`, for the keypad once the call is up.
 */
export type PhoneLinkResult =
  | { ok: true; target: DialTarget; display: string; extension?: string }
  | { ok: false; problems: readonly PhoneLinkProblem[] };

/** The parts of an RFC 3966 tel: URI, percent-decoded; separators are left in `number`. */
export interface TelUriParts {
  number: string;
  extension: string | null;
  phoneContext: string | null;
}

export const phoneLinkMaxLength = 2048;
const maxFieldLength = 256;
const visualSeparators = /[\s\-.()]/g;

const linkProblem = (words: PhoneLinkProblemWords, values: PhoneLinkProblemValues = {}): PhoneLinkProblem => ({
  of: 'link',
  words,
  values,
});

const dialProblem = ({ words, values }: Extract<ReturnType<typeof toDialTarget>, { ok: false }>): PhoneLinkProblem => ({
  of: 'dial',
  words,
  values,
});

const refuseFor = (...problems: PhoneLinkProblem[]): PhoneLinkResult => ({ ok: false, problems });
const refuse = (words: PhoneLinkProblemWords, values?: PhoneLinkProblemValues) => refuseFor(linkProblem(words, values));

function decodePercent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** "tel:+1-512-555-0123;ext=12" -> { number: "+1-512-555-0123", extension: "12" }; null if the %-encoding is broken. */
export function splitTelUri(uri: string): TelUriParts | null {
  const [rawNumber = '', ...params] = uri.replace(/^(tel:)?(\/\/)?/i, '').split(';');
  const number = decodePercent(rawNumber);
  if (number === null) return null;
  let extension: string | null = null;
  let phoneContext: string | null = null;
  for (const param of params) {
    const [rawName = '', ...rawValue] = param.split('=');
    const value = decodePercent(rawValue.join('='));
    if (value === null) return null;
    const name = rawName.trim().toLowerCase();
    if (name === 'ext') extension = value.replace(visualSeparators, '');
    else if (name === 'phone-context') phoneContext = value.trim();
  }
  return { number: number.trim(), extension: extension || null, phoneContext: phoneContext || null };
}

/** Keeps only what the link result promises (no `problem` kind). */
function dialable(input: string, country: string): PhoneLinkResult {
  const result = toDialTarget(input, country);
  return result.ok ? { ok: true, target: result.target, display: result.display } : refuseFor(dialProblem(result));
}

function withinLimits(result: PhoneLinkResult): PhoneLinkResult {
  if (result.ok && (result.target.length > maxFieldLength || result.display.length > maxFieldLength)) {
    return refuse('addressTooLong');
  }
  return result;
}

function telLink(body: string, country: string): PhoneLinkResult {
  const parts = splitTelUri(body);
  if (parts === null) return refuse('telDamaged');
  const number = parts.number.replace(visualSeparators, '');
  if (number === '') return refuse('telNoNumber');
  if (number.includes('@')) return refuse('telHoldsAddress');
  const context = parts.phoneContext;
  // RFC 3966 local number: a context starting with + is the prefix; a domain context means "as dialled there".
  const prefix = !number.startsWith('+') && context?.startsWith('+') ? context.replace(visualSeparators, '') : '';
  const result = toDialTarget(prefix + number, country);
  if (!result.ok && prefix) {
    return refuse('localNotWhole', { number: number.slice(0, 32), prefix: prefix.slice(0, 32) });
  }
  if (!result.ok) {
    if (!context || context.startsWith('+') || number.startsWith('+')) return refuseFor(dialProblem(result));
    return refuseFor(linkProblem('localElsewhere', { context: context.slice(0, 64) }), dialProblem(result));
  }
  if (parts.extension === null) return { ok: true, target: result.target, display: result.display };
  return {
    ok: true,
    target: result.target,
    display: `${result.display} ext. ${parts.extension}`,
    extension: parts.extension,
  };
}

function sipLink(scheme: 'sip' | 'sips', body: string, country: string): PhoneLinkResult {
  const address = body.replace(/^\/\//, '');
  const at = address.indexOf('@');
  if (at <= 0) return refuse('sipNoAddress');
  // Drop a password (sip:user:secret@host), URI parameters (;transport=tls) and headers (?subject=...).
  const user = decodePercent(address.slice(0, at).split(':')[0] ?? '');
  const host = (address.slice(at + 1).split(/[;?]/)[0] ?? '').toLowerCase();
  if (user === null) return refuse('sipDamaged');
  if (/[\s@]/.test(user)) return refuse('sipBadName');
  return dialable(`${scheme}:${user}@${host}`, country);
}

function calltoLink(body: string, country: string): PhoneLinkResult {
  const value = decodePercent(body.replace(/^\/\//, '').split('?')[0]?.replace(/\/+$/, '') ?? '');
  if (value === null) return refuse('calltoDamaged');
  const text = value.trim();
  if (text === '') return refuse('calltoNoNumber');
  if (text.includes('@')) return dialable(`sip:${text}`, country);
  // Skype names start with a letter: text that starts like a number is one, vanity ones too (1-800-FLOWERS).
  if (/^[+\d(]/.test(text)) return dialable(text, country);
  return refuse('skypeName', { name: text.slice(0, 64) });
}

/**
 * Reads a phone link someone clicked: tel:+1-512-555-0123;ext=12, tel:863-1234;phone-context=+1-914-555,
 * sip:alice@example.com;transport=tls, sips:..., callto://+44 20 7946 0958, with %-encoding.
 * Local numbers are read as in `country`. Never dials: it only says what the dialer should show.
 */
export function parsePhoneLink(uri: string, country: string): PhoneLinkResult {
  const text = uri.trim();
  if (text === '') return refuse('empty');
  if (text.length > phoneLinkMaxLength) return refuse('linkTooLong');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return refuse('notALink');
  const body = text.slice(scheme.length + 1);
  switch (scheme) {
    case 'tel':
      return withinLimits(telLink(body, country));
    case 'sip':
    case 'sips':
      return withinLimits(sipLink(scheme, body, country));
    case 'callto':
      return withinLimits(calltoLink(body, country));
    case 'skype':
      return refuse('skypeLink');
    default:
      return refuse('otherScheme', { scheme: scheme.slice(0, 32) });
  }
}
