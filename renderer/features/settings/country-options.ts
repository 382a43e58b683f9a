import { getCountries } from 'libphonenumber-js';

export interface CountryOption {
  code: string;
  name: string;
}

const cached = new Map<string, CountryOption[]>();

/** Every country libphonenumber knows, named in the app's language and sorted by name. */
export function countryOptions(locale = 'en'): CountryOption[] {
  const known = cached.get(locale);
  if (known) return known;
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  const options = getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
  cached.set(locale, options);
  return options;
}
