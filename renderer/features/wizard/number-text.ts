import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { AvailableNumber } from '../../../shared/models/twilio-setup';

type Capabilities = AvailableNumber['capabilities'];
type AddressRequirement = AvailableNumber['addressRequirements'];

/** "+1 512 555 0100": international form, whether or not the number is assigned yet. */
export function formatPhoneNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** What Twilio needs before it sells the number, in words. */
export function addressRequirementText(requirement: AddressRequirement): string {
  switch (requirement) {
    case 'none':
      return 'No address needed';
    case 'any':
      return 'Needs an address on file';
    case 'local':
      return 'Needs a local address';
    case 'foreign':
      return 'Needs a foreign address';
    default: {
      const unknown: never = requirement;
      return String(unknown);
    }
  }
}

/** The money Twilio charges, as it says it: "1.15 USD". */
function amount(price: string, unit: string | null): string {
  return unit ? `${price} ${unit}` : price;
}

/** "1.15 USD a month", or a pointer to Twilio's prices when it did not list this type. */
export function monthlyPriceText(number: Pick<AvailableNumber, 'monthlyPrice' | 'priceUnit'>): string {
  if (number.monthlyPrice === null) return 'Monthly price not listed: see twilio.com/pricing';
  return `${amount(number.monthlyPrice, number.priceUnit)} a month`;
}

/** The question asked before buying: "Buy +1 512 555 0100 for 1.15 USD a month?". */
export function buyQuestion(number: Pick<AvailableNumber, 'phoneNumber' | 'monthlyPrice' | 'priceUnit'>): string {
  const shown = formatPhoneNumber(number.phoneNumber);
  if (number.monthlyPrice === null) return `Buy ${shown}?`;
  return `Buy ${shown} for ${amount(number.monthlyPrice, number.priceUnit)} a month?`;
}

/** "Voice, SMS" — what the number can do. */
export function capabilitiesText(capabilities: Capabilities): string {
  const names = [capabilities.voice && 'Voice', capabilities.sms && 'SMS', capabilities.mms && 'MMS'].filter(
    (name): name is string => typeof name === 'string',
  );
  return names.length === 0 ? 'No voice or messages' : names.join(', ');
}

/** "Austin, TX", or the country when Twilio gave no place. */
export function placeText(number: Pick<AvailableNumber, 'locality' | 'region' | 'isoCountry'>): string {
  const parts = [number.locality, number.region].filter((part): part is string => !!part);
  if (parts.length > 0) return parts.join(', ');
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(number.isoCountry) ?? number.isoCountry;
}

/** Only the US and Canada search by area code. */
export function hasAreaCodes(country: string): boolean {
  return country === 'US' || country === 'CA';
}

/** What the buy question adds: when Twilio charges, and an address it needs first. */
export function buyDetails(
  number: Pick<AvailableNumber, 'monthlyPrice' | 'priceUnit' | 'addressRequirements'>,
): string {
  const charge =
    number.monthlyPrice === null
      ? "Twilio did not list this number's monthly price (see twilio.com/pricing); it charges your account every month until you release the number."
      : `Twilio charges your account ${amount(number.monthlyPrice, number.priceUnit)} now and every month until you release the number.`;
  if (number.addressRequirements === 'none') return charge;
  return `${charge} ${addressRequirementText(number.addressRequirements)}: add it in the Twilio Console first.`;
}
