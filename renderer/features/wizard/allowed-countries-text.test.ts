import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { addableCountryOptions, allowedCountryOptions, countryListText } from './allowed-countries-text';

const t = translatorFor('en');

describe('allowed countries in words', () => {
  it('names the countries in the order they were added', () => {
    expect(allowedCountryOptions(['US', 'CA'])).toEqual([
      { code: 'US', name: 'United States' },
      { code: 'CA', name: 'Canada' },
    ]);
    expect(countryListText(['US'], t)).toBe('United States');
    expect(countryListText(['US', 'CA', 'MX'], t)).toBe('United States, Canada and Mexico');
    expect(countryListText([], t)).toBe('no country');
  });

  it('joins the names in the language the app shows', () => {
    expect(countryListText(['US', 'CA'], translatorFor('es'))).toMatch(/ y [^,]+$/);
    expect(countryListText([], translatorFor('fr'))).toBe('aucun pays');
  });

  it('offers every other country to add', () => {
    const addable = addableCountryOptions(['US', 'CA']).map((country) => country.code);
    expect(addable).not.toContain('US');
    expect(addable).not.toContain('CA');
    expect(addable).toContain('MX');
    expect(addable.length).toBe(addableCountryOptions([]).length - 2);
  });
});
