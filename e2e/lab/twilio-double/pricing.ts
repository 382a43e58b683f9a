// The Pricing API (pricing.twilio.com/v1) is NOT in the spec files Prism has: the double serves it directly.
import { notFound } from './errors';
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
