import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { IntlShape } from 'react-intl';
import type { AvailableNumber } from '../../../shared/models/twilio-setup';
import { localeFormat } from '../../i18n/locale-format';
import type { MessageId } from '../../i18n/locale-messages';
import { translatorOf, type Translate } from '../../i18n/message-values';

type Capabilities = AvailableNumber['capabilities'];
type AddressRequirement = AvailableNumber['addressRequirements'];

/** "+1 512 555 0100": international form, whether or not the number is assigned yet. */
export function formatPhoneNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

const addressRequirementIds: Readonly<Record<AddressRequirement, MessageId>> = {
  none: 'wizard.addressNone',
  any: 'wizard.addressAny',
  local: 'wizard.addressLocal',
  foreign: 'wizard.addressForeign',
};

/** What Twilio needs before it sells the number, in words. */
export function addressRequirementText(requirement: AddressRequirement, t: Translate): string {
  const id = addressRequirementIds[requirement] as MessageId | undefined;
  return id ? t(id) : String(requirement);
}

/**
 * Money Twilio sent as text ("1.15", "USD") the way the rest of the app shows money ("$1.15"); a
 * value that is not a number still shows as Twilio sent it.
 */
export function twilioAmount(intl: IntlShape, price: string, unit: string | null): string {
  const value = Number(price);
  if (price.trim() === '' || !Number.isFinite(value)) return unit ? `${price} ${unit}` : price;
  if (unit) return localeFormat(intl).price(value, unit);
  const digits = Math.min(price.split('.')[1]?.length ?? 0, 20);
  return intl.formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "$1.15 a month", or a pointer to Twilio's prices when it did not list this type. */
export function monthlyPriceText(number: Pick<AvailableNumber, 'monthlyPrice' | 'priceUnit'>, intl: IntlShape): string {
  const t = translatorOf(intl);
  if (number.monthlyPrice === null) return t('wizard.priceNotListed');
  return t('wizard.pricePerMonth', { price: twilioAmount(intl, number.monthlyPrice, number.priceUnit) });
}

/** The question asked before buying: "Buy +1 512 555 0100 for $1.15 a month?". */
export function buyQuestion(
  number: Pick<AvailableNumber, 'phoneNumber' | 'monthlyPrice' | 'priceUnit'>,
  intl: IntlShape,
): string {
  const t = translatorOf(intl);
  const shown = formatPhoneNumber(number.phoneNumber);
  if (number.monthlyPrice === null) return t('wizard.buyQuestionNoPrice', { number: shown });
  return t('wizard.buyQuestion', { number: shown, price: twilioAmount(intl, number.monthlyPrice, number.priceUnit) });
}

/** "Voice, SMS" — what the number can do. */
export function capabilitiesText(capabilities: Capabilities, t: Translate): string {
  const names = [
    capabilities.voice && t('wizard.capabilityVoice'),
    capabilities.sms && t('wizard.capabilitySms'),
    capabilities.mms && t('wizard.capabilityMms'),
  ].filter((name): name is string => typeof name === 'string');
  return names.length === 0 ? t('wizard.capabilityNone') : names.join(', ');
}

/** "Austin, TX", or the country (named in the app's language) when Twilio gave no place. */
export function placeText(number: Pick<AvailableNumber, 'locality' | 'region' | 'isoCountry'>, locale: string): string {
  const parts = [number.locality, number.region].filter((part): part is string => !!part);
  if (parts.length > 0) return parts.join(', ');
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(number.isoCountry) ?? number.isoCountry;
  } catch {
    return number.isoCountry;
  }
}

/** Only the US and Canada search by area code. */
export function hasAreaCodes(country: string): boolean {
  return country === 'US' || country === 'CA';
}

/** What the buy question adds: when Twilio charges, and an address it needs first. */
export function buyDetails(
  number: Pick<AvailableNumber, 'monthlyPrice' | 'priceUnit' | 'addressRequirements'>,
  intl: IntlShape,
): string {
  const t = translatorOf(intl);
  const charge =
    number.monthlyPrice === null
      ? t('wizard.buyChargeUnlisted')
      : t('wizard.buyCharge', { price: twilioAmount(intl, number.monthlyPrice, number.priceUnit) });
  if (number.addressRequirements === 'none') return charge;
  return t('wizard.buyAddressFirst', { charge, requirement: addressRequirementText(number.addressRequirements, t) });
}
