// Pricing v1 (phone numbers' monthly price) is NOT in the spec files Prism has: the double serves it directly.
// Pricing v2 Voice (a call's price per minute) is: Prism (twilio_pricing_v2.json) checks it both ways.
import { badParameter, notFound } from './errors';
import { route, type Route } from './server';

type Price = { number_type: string; base_price: string; current_price: string };
const table: Record<string, { country: string; price_unit: string; prices: Price[] }> = {
  US: {
    country: 'United States',
    price_unit: 'USD',
    prices: [
      { number_type: 'local', base_price: '1.15', current_price: '1.15' },
      { number_type: 'toll free', base_price: '2.15', current_price: '2.15' },
    ],
  },
  GB: {
    country: 'United Kingdom',
    price_unit: 'USD',
    prices: [
      { number_type: 'local', base_price: '1.15', current_price: '1.15' },
      { number_type: 'mobile', base_price: '1.15', current_price: '1.15' },
      { number_type: 'toll free', base_price: '2.00', current_price: '2.00' },
    ],
  },
  DE: {
    country: 'Germany',
    price_unit: 'USD',
    prices: [
      { number_type: 'local', base_price: '1.25', current_price: '1.25' },
      { number_type: 'mobile', base_price: '14.00', current_price: '14.00' },
    ],
  },
};

export const pricingRoutes: Route[] = [
  route('pricing', 'GET', '/v1/PhoneNumbers/Countries/:IsoCountry', (c) => {
    const iso = c.params.IsoCountry!.toUpperCase();
    const entry = table[iso];
    if (!entry) throw notFound(c.path);
    return {
      status: 200,
      body: {
        country: entry.country,
        iso_country: iso,
        price_unit: entry.price_unit,
        phone_number_prices: entry.prices,
        url: `https://pricing.twilio.com/v1/PhoneNumbers/Countries/${iso}`,
      },
    };
  }),
];

/** Per-minute prices of calls, by destination prefix (the longest one that matches wins), from any origin. */
export const voicePrices: Readonly<Record<string, number>> = {
  '1': 0.014,
  '44': 0.0158,
  '447': 0.043,
  '49': 0.027,
  '4915': 0.088,
};
const e164 = /^\+[1-9]\d{6,14}$/;

export const voicePricingRoutes: Route[] = [
  route('pricing', 'GET', '/v2/Voice/Numbers/:DestinationNumber', (c) => {
    const destination = decodeURIComponent(c.params.DestinationNumber!);
    const origination = c.query.get('OriginationNumber');
    if (!e164.test(destination) || (origination !== null && !e164.test(origination))) {
      throw badParameter(`The double prices E.164 numbers only, got ${destination.slice(0, 40)}`);
    }
    const prefix = Object.keys(voicePrices)
      .filter((candidate) => destination.startsWith(`+${candidate}`))
      .sort((a, b) => b.length - a.length)[0];
    if (prefix === undefined) throw notFound(c.path);
    const price = voicePrices[prefix]!;
    return {
      status: 200,
      body: {
        destination_number: destination,
        origination_number: origination,
        country: null,
        iso_country: null,
        outbound_call_prices: [{ base_price: price, current_price: price, origination_prefixes: ['ALL'] }],
        inbound_call_price: null,
        price_unit: 'USD',
        url: `https://pricing.twilio.com/v2/Voice/Numbers/${encodeURIComponent(destination)}`,
      },
    };
  }),
];
