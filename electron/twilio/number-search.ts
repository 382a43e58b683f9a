import { addressRequirements, type AvailableNumber, type NumberSearch } from '../../shared/models/twilio-setup';
import type { Logger } from '../logging/logger';
import type { TwilioRestClient } from './rest-client';
import { isNotFound, TwilioProblemError } from './twilio-problem';

const resultLimit = 20;
const e164 = /^\+[1-9]\d{6,14}$/;

interface AvailableLike {
  phoneNumber: string;
  friendlyName: string | null;
  locality: string | null;
  region: string | null;
  isoCountry: string;
  addressRequirements: string;
  capabilities: Partial<Record<string, boolean>> | null;
}

interface MonthlyPrice {
  monthlyPrice: string | null;
  priceUnit: string | null;
}

const clip = (text: string | null, max: number) => (text ? text.slice(0, max) : null);
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

interface AvailableList {
  list(options: Record<string, string | number | boolean>): Promise<AvailableLike[]>;
}

function listFor(rest: TwilioRestClient, search: NumberSearch): AvailableList {
  const country = rest.availablePhoneNumbers(search.country);
  if (search.type === 'local') return country.local;
  if (search.type === 'mobile') return country.mobile;
  return country.tollFree;
}

/** Pricing v1 lists number_type as "local", "mobile", "toll free" ...; null when it cannot say. */
async function monthlyPrice(rest: TwilioRestClient, search: NumberSearch, logger: Logger): Promise<MonthlyPrice> {
  try {
    const country = await rest.pricing.v1.phoneNumbers.countries(search.country).fetch();
    const wanted = letters(search.type);
    const price = (country.phoneNumberPrices ?? []).find((entry) => letters(entry.numberType ?? '') === wanted);
    const amount = price?.currentPrice ?? price?.basePrice;
    if (amount === undefined || amount === null) return { monthlyPrice: null, priceUnit: null };
    return { monthlyPrice: clip(String(amount), 16), priceUnit: clip(country.priceUnit?.toUpperCase() ?? null, 8) };
  } catch (error) {
    logger.info('pricing unavailable', { country: search.country, status: (error as { status?: number }).status });
    return { monthlyPrice: null, priceUnit: null };
  }
}

function toAvailableNumber(number: AvailableLike, price: MonthlyPrice): AvailableNumber {
  const capabilities = number.capabilities ?? {};
  const requirement = addressRequirements.find((value) => value === number.addressRequirements) ?? 'any';
  return {
    phoneNumber: number.phoneNumber,
    friendlyName: clip(number.friendlyName, 64) ?? number.phoneNumber,
    locality: clip(number.locality, 100),
    region: clip(number.region, 100),
    isoCountry: number.isoCountry.slice(0, 2),
    addressRequirements: requirement,
    capabilities: {
      voice: capabilities.voice === true,
      sms: capabilities.sms === true || capabilities.SMS === true,
      mms: capabilities.mms === true || capabilities.MMS === true,
    },
    ...price,
  };
}

/** Numbers for sale, each with the monthly price of its type (never fails because pricing did). */
export async function searchNumbers(
  rest: TwilioRestClient,
  search: NumberSearch,
  logger: Logger,
): Promise<AvailableNumber[]> {
  const options = {
    ...(search.areaCode ? { areaCode: Number(search.areaCode) } : {}),
    ...(search.contains ? { contains: search.contains } : {}),
    ...(search.voice ? { voiceEnabled: true } : {}),
    ...(search.sms ? { smsEnabled: true } : {}),
    pageSize: resultLimit,
    limit: resultLimit,
  };
  const [found, price] = await Promise.all([
    listFor(rest, search)
      .list(options)
      .catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
        throw new TwilioProblemError({
          code: 20404,
          message: 'Twilio has no numbers of that type in this country',
          whatToDo: 'Choose another type of number (local, mobile or toll-free) or another country.',
          moreInfo: null,
        });
      }),
    monthlyPrice(rest, search, logger),
  ]);
  return found.filter((number) => e164.test(number.phoneNumber)).map((number) => toAvailableNumber(number, price));
}
