import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js';
import type { Contact, ContactDraft } from '../../shared/models/contact';
import { lettersToDigits } from '../../shared/phone/keypad';
import { toE164 } from '../../shared/phone/phone-number';
import { words, type Words } from '../../shared/text/words';

export type StoredPhone = Contact['phones'][number];

type Problem = 'LooksSip' | 'HasCodes' | 'TooShort' | 'TooLong' | 'BadCountryCode' | 'NotANumber' | 'Unknown';

/** Why `number` cannot be a phone number (each has its own words, saying what to do about it). */
function problemOf(number: string, country: string): Problem {
  if (/@|^sips?:/i.test(number)) return 'LooksSip';
  if (/[*#]/.test(number)) return 'HasCodes';
  const digits = lettersToDigits(number).replace(/[^\d+]/g, '');
  switch (validatePhoneNumberLength(digits.replace(/^00/, '+'), country as CountryCode)) {
    case 'TOO_SHORT':
      return 'TooShort';
    case 'TOO_LONG':
      return 'TooLong';
    case 'INVALID_COUNTRY':
      return digits.startsWith('+') || digits.startsWith('00') ? 'BadCountryCode' : 'NotANumber';
    case 'NOT_A_NUMBER':
      return 'NotANumber';
    default:
      return 'Unknown';
  }
}

/** 'Phone number 2 (“12”) is not a possible number in United States: it is too short. …' */
export function impossibleNumberWords(position: number, number: string, country: string): Words {
  const problem = problemOf(number, country);
  if (/^\s*(\+|00)/.test(number)) return words(`contacts.number${problem}`, { position, number });
  return words(`contacts.number${problem}In`, { position, number, country });
}

type PhoneProblem = { index: number; number: string; words: Words };
export type NormalisedPhones =
  { ok: true; phones: StoredPhone[] } | { ok: false; problems: [PhoneProblem, ...PhoneProblem[]] };

/** Every number in E.164 with the default country; the problems of the ones that cannot be numbers. */
export function normalisePhones(phones: ContactDraft['phones'], country: string): NormalisedPhones {
  const stored: StoredPhone[] = [];
  const problems: PhoneProblem[] = [];
  phones.forEach((phone, index) => {
    const e164 = toE164(phone.number, country);
    if (e164) stored.push({ label: phone.label, number: phone.number.trim(), e164 });
    else
      problems.push({
        index,
        number: phone.number,
        words: impossibleNumberWords(index + 1, phone.number, country),
      });
  });
  const [first, ...more] = problems;
  return first ? { ok: false, problems: [first, ...more] } : { ok: true, phones: stored };
}

/**
 * What the search index holds for a contact's numbers: the digits as typed, of the E.164 form
 * (without +) and of the national form, so "555 0123", "+1512…" and "020 7946…" all find it.
 */
export function searchDigits(phones: readonly StoredPhone[]): string {
  const forms = new Set<string>();
  for (const phone of phones) {
    forms.add(lettersToDigits(phone.number).replace(/\D/g, ''));
    if (phone.e164) {
      forms.add(phone.e164.slice(1));
      const national = parsePhoneNumberFromString(phone.e164)?.formatNational();
      if (national) forms.add(national.replace(/\D/g, ''));
    }
  }
  forms.delete('');
  return [...forms].join(' ');
}

/** The identity of a number when merging: its E.164 form, else its digits. */
export const phoneKey = (phone: StoredPhone): string => phone.e164 ?? phone.number.replace(/\D/g, '');

/** SIP addresses and e-mails compare without case and without the sip: scheme. */
export const addressKey = (address: string): string =>
  address
    .trim()
    .toLowerCase()
    .replace(/^sips?:/, '');
