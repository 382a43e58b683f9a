import { describe, expect, it } from 'vitest';
import { addableCountryOptions, allowedCountryOptions, countryListText } from './allowed-countries-text';

describe('allowed countries in words', () => {
  it('names the countries in the order they were added', () => {
    expect(allowedCountryOptions(['US', 'CA'])).toEqual([
      { code: 'US', name: 'United States' },
      { code: 'CA', name: 'Canada' },
    ]);
    expect(countryListText(['US'])).toBe('United States');
    expect(countryListText(['US', 'CA', 'MX'])).toBe('United States, Canada and Mexico');
    expect(countryListText([])).toBe('no country');
  });

  it('offers every other country to add', () => {
    const addable = addableCountryOptions(['US', 'CA']).map((country) => country.code);
    expect(addable).not.toContain('US');
    expect(addable).not.toContain('CA');
    expect(addable).toContain('MX');
    expect(addable.length).toBe(addableCountryOptions([]).length - 2);
  });
});
