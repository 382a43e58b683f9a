import { describe, expect, it } from 'vitest';
import { cardCountries, countryForNumber, countryFromAddress } from './card-country';

describe('countryFromAddress', () => {
  it('reads the country of an address in English, German, French or Spanish, or as an ISO code', () => {
    expect(countryFromAddress('Deutschland')).toBe('DE');
    expect(countryFromAddress('Germany')).toBe('DE');
    expect(countryFromAddress('Allemagne')).toBe('DE');
    expect(countryFromAddress('España')).toBe('ES');
    expect(countryFromAddress('  united kingdom ')).toBe('GB');
    expect(countryFromAddress('USA')).toBe('US');
    expect(countryFromAddress('fr')).toBe('FR');
  });

  it('names no country for an empty or unknown text', () => {
    expect(countryFromAddress('')).toBeUndefined();
    expect(countryFromAddress('Atlantis')).toBeUndefined();
  });
});

describe('cardCountries and countryForNumber', () => {
  it('reads a national number in the country of the card’s international numbers before the default', () => {
    const candidates = cardCountries(['+49 30 1234567', '0171 2345678'], undefined, 'US');
    expect(candidates).toEqual(['DE', 'US']);
    expect(countryForNumber('0171 2345678', candidates)).toBe('DE');
  });

  it('uses the address country when the card has no international number, and 00 counts as international', () => {
    expect(cardCountries(['0171 2345678'], 'DE', 'US')).toEqual(['DE', 'US']);
    expect(cardCountries(['0044 20 7946 0958'], 'DE', 'US')).toEqual(['GB', 'DE', 'US']);
  });

  it('falls back to the default country when the number is no valid number of the card’s countries', () => {
    expect(countryForNumber('(512) 555-0199', ['GB', 'US'])).toBe('US');
    expect(countryForNumber('+49 171 2345678', ['DE', 'US'])).toBe('US');
    expect(countryForNumber('555 0100', ['US'])).toBe('US');
  });
});
