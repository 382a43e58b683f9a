import type { Translate } from '../../i18n/message-values';
import { countryOptions, type CountryOption } from '../settings/country-options';

/** The allowed countries by name, in the order the person added them; an unknown code shows as itself. */
export function allowedCountryOptions(codes: readonly string[]): CountryOption[] {
  const byCode = new Map(countryOptions().map((country) => [country.code, country]));
  return codes.map((code) => byCode.get(code) ?? { code, name: code });
}

/** The countries that can still be added, by name. */
export function addableCountryOptions(codes: readonly string[]): CountryOption[] {
  const listed = new Set(codes);
  return countryOptions().filter((country) => !listed.has(country.code));
}

/** "United States, Canada and Mexico"; "no country" for an empty list. */
export function countryListText(codes: readonly string[], t: Translate): string {
  const names = allowedCountryOptions(codes).map((country) => country.name);
  if (names.length === 0) return t('wizard.countryListNone');
  if (names.length === 1) return names[0]!;
  return t('wizard.countryListAnd', { list: names.slice(0, -1).join(', '), last: names.at(-1)! });
}
