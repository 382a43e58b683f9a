import {
  getCountryCallingCode,
  getExampleNumber,
  Metadata,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import examples from 'libphonenumber-js/examples.mobile.json';

/*
 * How people in a country dial, read from libphonenumber-js's metadata through its documented API only
 * (calling code, IDD prefix, possible lengths, example numbers, parsing), so the PBX's dialplan agrees with
 * the numbers Dialtone itself accepts.
 */

export interface DiallingRules {
  readonly callingCode: string;
  /** What starts an international number besides '+', e.g. ['011', '00'] in the US. */
  readonly internationalPrefixes: readonly string[];
  /** The digits before a national number (0 in GB, 8 in RU), or null where there are none (IT, ES). */
  readonly trunkPrefix: string | null;
  /** Whether a national number dialled without the trunk prefix is still a whole number. */
  readonly bareNationalNumbers: boolean;
  readonly nationalLengths: readonly number[];
}

const plainDigits = /^\d+$/;

/**
 * The shortest digit string libphonenumber strips when it parses a national number. The calling code itself
 * is skipped: parsing "65 8123 4567" in Singapore also strips 65, but as a country code, not a trunk prefix.
 */
function strippedTrunkPrefix(country: CountryCode, callingCode: string): string | null {
  const nationalNumber = getExampleNumber(country, examples)?.nationalNumber;
  if (!nationalNumber) return null;
  const candidates = [
    ...Array.from({ length: 10 }, (_, digit) => String(digit)),
    ...Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0')),
  ];
  return (
    candidates.find((prefix) => {
      if (prefix === callingCode) return false;
      const parsed = parsePhoneNumberFromString(prefix + nationalNumber, country);
      return parsed?.nationalNumber === nationalNumber && parsed.isValid();
    }) ?? null
  );
}

/** IDD prefixes given as patterns (Australia, Brazil) fall back to the default one when it is plain digits. */
function internationalPrefixes(iddPattern: string, defaultIdd: string | undefined): string[] {
  const idd = plainDigits.test(iddPattern)
    ? iddPattern
    : defaultIdd && plainDigits.test(defaultIdd)
      ? defaultIdd
      : null;
  // 00 is the international prefix nearly everywhere and what Dialtone's own dialler reads as '+'; it is left
  // out where the country's prefix is 00 followed by a carrier code (Brazil) or 00 means something else.
  const iddMatchesPlain00 = new RegExp(`^(?:${iddPattern})$`).test('00');
  const zeroZeroIsCarrierSelect = iddPattern.startsWith('00') && !iddMatchesPlain00;
  const prefixes = [...(idd ? [idd] : []), ...(zeroZeroIsCarrierSelect ? [] : ['00'])];
  return [...new Set(prefixes)];
}

export function diallingRules(country: CountryCode): DiallingRules {
  const metadata = new Metadata();
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan;
  if (!plan) throw new Error(`No numbering plan for ${country}`);
  const callingCode = getCountryCallingCode(country);
  // North America's trunk prefix 1 is its calling code too, and 10-digit dialling without it is the norm.
  const northAmerica = callingCode === '1';
  const trunkPrefix = northAmerica ? '1' : strippedTrunkPrefix(country, callingCode);
  return {
    callingCode,
    internationalPrefixes: internationalPrefixes(plan.IDDPrefix(), plan.defaultIDDPrefix()),
    trunkPrefix,
    bareNationalNumbers: trunkPrefix === null || northAmerica,
    nationalLengths: plan.possibleLengths(),
  };
}
