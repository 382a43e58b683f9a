import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { SetupRecord } from './setup-record';

/** The country of the person's own number, the only one calls may go to until they choose more. */
export function defaultAllowedCountries(phoneNumber: string): string[] {
  const country = parsePhoneNumberFromString(phoneNumber)?.country;
  return country ? [country] : [];
}

/**
 * The countries the line may call: as chosen, or the number's own; none before there is a number. A saved
 * code that this version of Dialtone does not know (nor the contract, then) is left out, not fatal.
 */
export function allowedCountriesOf(record: Pick<SetupRecord, 'number' | 'allowedCountries'>): string[] {
  if (record.allowedCountries !== null)
    return [...new Set(record.allowedCountries.filter((code) => isSupportedCountry(code)))];
  return record.number ? defaultAllowedCountries(record.number.phoneNumber) : [];
}
