import { AsYouType, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js';
import { assertNever } from '../assert-never';
import { dialProblemEnglish, type DialProblemValues, type DialProblemWords } from './dial-problem-text';
import { lettersToDigits } from './keypad';
import { englishRegionName } from '../text/words';

export type E164Number = `+${string}`;
export type SipUri = `sip:${string}` | `sips:${string}`;
/** What calls:dial accepts: a phone number in E.164 or a SIP URI. */
export type DialTarget = E164Number | SipUri;

export type DialProblem =
  | 'empty'
  | 'not-a-number'
  | 'too-short'
  | 'too-long'
  | 'unknown-country-code'
  | 'invalid'
  | 'emergency'
  | 'keypad-codes'
  | 'extension'
  | 'bad-sip-address';

/** A failure names its problem, and the words that explain it (`message` is those words in English). */
export type DialTargetResult =
  | { ok: true; target: DialTarget; display: string }
  | { ok: false; problem: DialProblem; words: DialProblemWords; values: DialProblemValues; message: string };

/** Only these characters may be formatted as you type; anything else is left as typed. */
const phoneLike = /^\+?[\d\s().\-/]*$/;
const sipUri = /^sips?:[^@\s]+@[A-Za-z0-9.-]+(:\d{1,5})?(;[^\s]*)?$/;
const e164 = /^\+[1-9]\d{7,14}$/;
const emergencyNumbers = new Set(['911', '112', '999']);

/**
 * The digits of phone-like text (whose only + is its first character), the + kept; a leading 00
 * (the international prefix in most countries) becomes +.
 */
function dialDigits(text: string): string {
  const digits = text.replace(/[^\d+]/g, '');
  return digits.startsWith('00') ? `+${digits.slice(2)}` : digits;
}

/** Formats a phone number while it is typed: (512) 555-01… for US. Other text (SIP, letters, * #) is left alone. */
export function formatAsYouType(input: string, country: string): string {
  if (!phoneLike.test(input)) return input;
  const digits = dialDigits(input);
  // Nothing to format yet: an opening "(" or "+" stays as typed.
  if (digits === '') return input;
  const formatted = new AsYouType(country as CountryCode).input(digits);
  // A + that was not typed came from a typed 00: keep the 00.
  return digits.startsWith('+') && !input.includes('+') ? `00 ${formatted.slice(1)}` : formatted;
}

/** Text pasted from anywhere (a web page, a tel: link) tidied into what the field shows. */
export function cleanPastedNumber(text: string, country: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const withoutScheme = trimmed.replace(/^(tel|callto):(\/\/)?/i, '').replace(/;.*$/, '');
  return formatAsYouType(phoneLike.test(withoutScheme) ? withoutScheme : trimmed, country);
}

export function dialProblemInEnglish(words: DialProblemWords, values: DialProblemValues): string {
  return dialProblemEnglish[words]
    .replace('{code}', values.code ?? '')
    .replace('{country}', values.country ? englishRegionName(values.country) : '');
}

function problem(kind: DialProblem, words: DialProblemWords, values: DialProblemValues = {}): DialTargetResult {
  return { ok: false, problem: kind, words, values, message: dialProblemInEnglish(words, values) };
}

/** `text` starts with sip: or sips:, in any case; the rest keeps its case (SIP user names have one). */
function sipTarget(text: string): DialTargetResult {
  const colon = text.indexOf(':');
  const uri = `${text.slice(0, colon).toLowerCase()}${text.slice(colon)}`;
  if (!sipUri.test(uri)) return problem('bad-sip-address', 'sipIncomplete');
  return { ok: true, target: uri as SipUri, display: uri.replace(/^sips?:/, '') };
}

function lengthProblem(text: string, country: string): DialTargetResult | null {
  const verdict = validatePhoneNumberLength(text, country as CountryCode);
  switch (verdict) {
    case undefined:
      return null;
    case 'TOO_SHORT':
      return problem('too-short', 'tooShort');
    case 'TOO_LONG':
      return problem('too-long', 'tooLong');
    case 'INVALID_LENGTH':
      return problem('invalid', 'wrongLength');
    case 'INVALID_COUNTRY': {
      const code = /^\+(\d{1,3})/.exec(text)?.[1];
      return code
        ? problem('unknown-country-code', 'unknownCountryCode', { code })
        : problem('not-a-number', 'typeSomething');
    }
    case 'NOT_A_NUMBER':
      return problem('empty', 'typeSomething');
    default:
      return assertNever(verdict);
  }
}

function phoneTarget(text: string, country: string): DialTargetResult {
  if (/[*#]/.test(text)) {
    return problem('keypad-codes', 'keypadCodes');
  }
  if (/\d\s*(ext\.?|x)\s*\d+$/i.test(text)) {
    return problem('extension', 'extension');
  }
  const startsLikeNumber = /^[+\d(]/.test(text);
  if (/[A-Za-z]/.test(text) && !startsLikeNumber) return problem('not-a-number', 'typeSomething');
  const converted = lettersToDigits(text);
  if (!phoneLike.test(converted)) return problem('not-a-number', 'typeSomething');
  const digits = dialDigits(converted);
  if (emergencyNumbers.has(digits)) {
    return problem('emergency', 'emergency');
  }
  const lengthIssue = lengthProblem(digits, country);
  if (lengthIssue) return lengthIssue;
  const phone = parsePhoneNumberFromString(digits, country as CountryCode);
  if (!phone) return problem('not-a-number', 'typeSomething');
  if (!phone.isValid()) {
    const where = phone.country ?? (digits.startsWith('+') ? undefined : country);
    return where ? problem('invalid', 'notInCountry', { country: where }) : problem('invalid', 'notValid');
  }
  if (!e164.test(phone.number)) {
    // Valid in its country's plan, yet outside E.164's 8 to 15 digits, which calls:dial requires.
    return phone.number.length > 16 ? problem('too-long', 'tooLong') : problem('invalid', 'tooShortToCall');
  }
  const display = phone.country === country ? phone.formatNational() : phone.formatInternational();
  return { ok: true, target: phone.number as E164Number, display };
}

/** An extension on a team's line or an office phone system: 2 to 5 digits, as the routing Functions accept them. */
const extension = /^[1-9]\d{1,4}$/;

/**
 * Turns whatever someone typed or pasted into something calls:dial accepts, or says plainly what
 * is wrong: "(512) 555-0123", "+44 20 7946 0958", "00 44 …", "tel:+1-512-555-0123",
 * "1-800-FLOWERS", "sip:alice@example.com", "alice@example.com". With the SIP domain of the line
 * that dials, a short number ("102") is an extension there (not an emergency number, which stays refused).
 */
export function toDialTarget(input: string, country: string, lineDomain: string | null = null): DialTargetResult {
  const text = input.trim();
  if (/^sips?:/i.test(text)) return sipTarget(text);
  if (/^(tel|callto):/i.test(text)) {
    return phoneTarget(text.replace(/^(tel|callto):(\/\/)?/i, '').replace(/;.*$/, ''), country);
  }
  if (text.includes('@')) return sipTarget(`sip:${text}`);
  if (lineDomain !== null && extension.test(text) && !emergencyNumbers.has(text)) {
    return { ok: true, target: `sip:${text}@${lineDomain}`, display: `extension ${text}` };
  }
  return phoneTarget(text, country);
}

/**
 * The country (ISO code) of an E.164 number, or null when its numbering plan does not tell (a shared country code
 * such as +44 for some ranges): the routing Functions judge allowed countries the same way (dial-rules.private.js).
 */
export function countryOfNumber(number: string): string | null {
  return parsePhoneNumberFromString(number)?.country ?? null;
}

/** A number as people in `country` write it; international format for others; anything else as is. */
export function formatPhoneForDisplay(value: string, country: string): string {
  if (!/^\+?[\d\s().-]+$/.test(value)) return value;
  const phone = parsePhoneNumberFromString(value, country as CountryCode);
  if (!phone?.isValid()) return value;
  return phone.country === country ? phone.formatNational() : phone.formatInternational();
}

/**
 * A phone number written any common way ("(512) 555-0123", "+44 20 7946 0958", "00 44 …",
 * "tel:+1-512-555-0123", "1-800-FLOWERS", "… ext 12") in E.164, for storing and matching numbers;
 * null when it cannot be a phone number of `country` (or, with + or 00, of any country).
 * Lenient on purpose: a number only has to be possible (the right length), not assigned yet.
 */
export function toE164(number: string, country: string): E164Number | null {
  const text = number
    .trim()
    .replace(/^(tel|callto):(\/\/)?/i, '')
    .replace(/;.*$/, '')
    .replace(/\s*(ext\.?|x)\s*\d+$/i, '');
  // Words are no numbers ("Fax 555 0199" is not 329 555 0199); vanity numbers start with digits.
  if (/[A-Za-z]/.test(text) && !/^[+\d(]/.test(text)) return null;
  const converted = lettersToDigits(text);
  if (!phoneLike.test(converted)) return null;
  const phone = parsePhoneNumberFromString(dialDigits(converted), country as CountryCode);
  // Emergency numbers (911, 112) are too short for E.164, like empty text.
  if (!phone?.isPossible() || !e164.test(phone.number)) return null;
  return phone.number as E164Number;
}
