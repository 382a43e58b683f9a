import { getCountries } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { countryOptions } from './country-options';

describe('countryOptions', () => {
  const options = countryOptions();

  it('offers every country with phone numbers, once', () => {
    expect(options).toHaveLength(getCountries().length);
    expect(new Set(options.map((option) => option.code)).size).toBe(options.length);
  });

  it('names countries in English and sorts them by name', () => {
    expect(options.find((option) => option.code === 'GB')?.name).toBe('United Kingdom');
    expect(options.find((option) => option.code === 'DE')?.name).toBe('Germany');
    const names = options.map((option) => option.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(names.indexOf('Germany')).toBeLessThan(names.indexOf('United Kingdom'));
  });
});
