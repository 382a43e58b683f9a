import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** Country names as address books write them (English, German, French, Spanish) and ISO codes -> ISO code. */
let namesToCodes: Map<string, CountryCode> | undefined;

const key = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function countryNames(): Map<string, CountryCode> {
  if (namesToCodes) return namesToCodes;
  namesToCodes = new Map();
  const languages = ['en', 'de', 'fr', 'es'].map((language) => new Intl.DisplayNames([language], { type: 'region' }));
  for (const code of getCountries()) {
    namesToCodes.set(key(code), code);
    for (const names of languages) {
      const name = names.of(code);
      if (name) namesToCodes.set(key(name), code);
    }
  }
  for (const [alias, code] of [
    ['usa', 'US'],
    ['unitedstatesofamerica', 'US'],
    ['uk', 'GB'],
    ['england', 'GB'],
    ['greatbritain', 'GB'],
  ] as const)
    namesToCodes.set(alias, code);
  return namesToCodes;
}

/** The ISO code of the country an address names ("Deutschland", "Germany", "DE"); undefined if it names none. */
export function countryFromAddress(country: string): CountryCode | undefined {
  const text = key(country);
  return text === '' ? undefined : countryNames().get(text);
}

const international = /^\s*(\+|00)/;

/**
 * The countries to read a card's national numbers ("0171 2345678") in, best first: the country of its
 * international numbers, then the country of its address, then the default country. A German card's
 * mobile number written nationally beside a +49 office number is German, not American.
 */
export function cardCountries(
  numbers: readonly string[],
  addressCountry: string | undefined,
  defaultCountry: string,
): string[] {
  const fromNumbers = numbers
    .filter((number) => international.test(number))
    .map((number) => parsePhoneNumberFromString(number.trim().replace(/^00/, '+'))?.country)
    .filter((country): country is CountryCode => country !== undefined);
  return [...new Set([...fromNumbers, ...(addressCountry ? [addressCountry] : []), defaultCountry])];
}

/** The country to read `number` in: the first candidate where it is a valid number, else the last (the default). */
export function countryForNumber(number: string, candidates: readonly string[]): string {
  if (international.test(number) || candidates.length <= 1) return candidates.at(-1) ?? '';
  const found = candidates
    .slice(0, -1)
    .find((country) => parsePhoneNumberFromString(number, country as CountryCode)?.isValid() === true);
  return found ?? (candidates.at(-1) as string);
}
