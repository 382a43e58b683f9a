import { getCountries } from 'libphonenumber-js';

export interface CountryOption {
  code: string;
  name: string;
}

let cached: CountryOption[] | undefined;

/** Every country libphonenumber knows, named in English and sorted by name. */
export function countryOptions(): CountryOption[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const collator = new Intl.Collator('en');
  cached = getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return cached;
}
