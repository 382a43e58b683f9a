import { addressRequirements, type AvailableNumber, type NumberSearch } from '../../shared/models/twilio-setup';
import type { Logger } from '../logging/logger';
import type { TwilioRestClient } from './rest-client';
import { z } from 'zod';
import { capabilitiesAnswer, e164Answer, usableAnswers } from './twilio-answers';
import { isNotFound, problemInWords, TwilioProblemError } from './twilio-problem';
import { words } from '../../shared/text/words';

const resultLimit = 20;

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
/** A number for sale; one without an E.164 number is left out, the rest may be missing. */
const availableAnswer = z.object({
  phoneNumber: e164Answer,
  friendlyName: text,
  locality: text,
  region: text,
  isoCountry: text,
  addressRequirements: text,
  capabilities: capabilitiesAnswer,
});
type AvailableLike = z.output<typeof availableAnswer>;

interface MonthlyPrice {
  monthlyPrice: string | null;
  priceUnit: string | null;
}

const clip = (text: string | null, max: number) => (text ? text.slice(0, max) : null);
const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

interface AvailableList {
  list(options: Record<string, string | number | boolean>): Promise<unknown[]>;
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

function toAvailableNumber(number: AvailableLike, country: string, price: MonthlyPrice): AvailableNumber {
  const { capabilities } = number;
  const iso = number.isoCountry ?? '';
  const requirement = addressRequirements.find((value) => value === number.addressRequirements) ?? 'any';
  return {
    phoneNumber: number.phoneNumber,
    friendlyName: clip(number.friendlyName, 64) ?? number.phoneNumber,
    locality: clip(number.locality, 100),
    region: clip(number.region, 100),
    isoCountry: /^[A-Z]{2}$/.test(iso) ? iso : country,
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
        throw new TwilioProblemError(
          problemInWords(words('setup.noNumbersOfType'), words('setup.noNumbersOfTypeAdvice'), 20404),
        );
      }),
    monthlyPrice(rest, search, logger),
  ]);
  return usableAnswers(availableAnswer, found).map((number) => toAvailableNumber(number, search.country, price));
}
