import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js';
import type { Contact, ContactDraft } from '../../shared/models/contact';
import { lettersToDigits } from '../../shared/phone/keypad';
import { toE164 } from '../../shared/phone/phone-number';

export type StoredPhone = Contact['phones'][number];

export function countryName(country: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/** Why `number` cannot be a phone number, and what to do about it, in words. */
function advice(number: string, country: string): string {
  if (/@|^sips?:/i.test(number)) return 'it looks like a SIP address: put it under SIP addresses instead.';
  if (/[*#]/.test(number)) return 'numbers with * or # cannot be called; leave the codes out.';
  const digits = lettersToDigits(number).replace(/[^\d+]/g, '');
  switch (validatePhoneNumberLength(digits.replace(/^00/, '+'), country as CountryCode)) {
    case 'TOO_SHORT':
      return 'it is too short. Type the whole number with its area code, or start it with + and the country code.';
    case 'TOO_LONG':
      return 'it has too many digits. Check it for extra digits.';
    case 'INVALID_COUNTRY':
      return digits.startsWith('+') || digits.startsWith('00')
        ? 'the digits after the + are not a country code. Check them.'
        : 'it is not a phone number. Type the digits, or start it with + and the country code.';
    case 'NOT_A_NUMBER':
      return 'it is not a phone number. Type the digits, or start it with + and the country code.';
    default:
      return 'no number there is written like this. Check the digits, or start it with + and the country code.';
  }
}

/** 'Phone number 2 (“12”) is not a possible number in United States: it is too short. …' */
export function impossibleNumberMessage(position: number, number: string, country: string): string {
  const where = /^\s*(\+|00)/.test(number) ? '' : ` in ${countryName(country)}`;
  return `Phone number ${position} (“${number}”) is not a possible number${where}: ${advice(number, country)}`;
}

export type NormalisedPhones =
  { ok: true; phones: StoredPhone[] } | { ok: false; problems: { index: number; number: string; message: string }[] };

/** Every number in E.164 with the default country; the problems of the ones that cannot be numbers. */
export function normalisePhones(phones: ContactDraft['phones'], country: string): NormalisedPhones {
  const stored: StoredPhone[] = [];
  const problems: { index: number; number: string; message: string }[] = [];
  phones.forEach((phone, index) => {
    const e164 = toE164(phone.number, country);
    if (e164) stored.push({ label: phone.label, number: phone.number.trim(), e164 });
    else
      problems.push({
        index,
        number: phone.number,
        message: impossibleNumberMessage(index + 1, phone.number, country),
      });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, phones: stored };
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
