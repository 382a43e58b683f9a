import { describe, expect, it } from 'vitest';
import { allowedCountriesOf, defaultAllowedCountries } from './allowed-countries';

const number = (phoneNumber: string) => ({ sid: `PN${'0'.repeat(32)}`, phoneNumber, purchased: false });

describe('the countries a Twilio line may call', () => {
  it('are the number’s own country until the person chooses', () => {
    expect(defaultAllowedCountries('+15125550100')).toEqual(['US']);
    expect(defaultAllowedCountries('+18765550123')).toEqual(['JM']);
    expect(defaultAllowedCountries('+442071838750')).toEqual(['GB']);
    expect(allowedCountriesOf({ number: number('+4930123456'), allowedCountries: null })).toEqual(['DE']);
  });

  it('are none for a number of no known country, and before there is a number', () => {
    expect(defaultAllowedCountries('+15555550100')).toEqual([]);
    expect(allowedCountriesOf({ number: null, allowedCountries: null })).toEqual([]);
  });

  it('are the chosen ones once chosen, even none, leaving out codes no longer known', () => {
    const chosen = (allowedCountries: string[]) =>
      allowedCountriesOf({ number: number('+15125550100'), allowedCountries });
    expect(chosen(['CA', 'US'])).toEqual(['CA', 'US']);
    expect(chosen([])).toEqual([]);
    expect(chosen(['US', 'XX', 'US'])).toEqual(['US']);
  });
});
