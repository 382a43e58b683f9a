import { describe, expect, it } from 'vitest';
import { voicePricingInbox } from './inbox-api-pricing';
import type { TwilioRestClient } from './rest-client';

/** Twilio's answer as twilio-node hands it over; only the Pricing call is reached. */
function pricingWith(answer: unknown, failure?: { status: number }) {
  const rest = {
    pricing: {
      v2: {
        voice: {
          numbers: () => ({
            fetch: async () => (failure ? Promise.reject(Object.assign(new Error('x'), failure)) : answer),
          }),
        },
      },
    },
  } as unknown as TwilioRestClient;
  return voicePricingInbox({ rest, step: (_name, work) => work() });
}

describe('reading Twilio voice prices', () => {
  it('picks the price of the longest origination prefix that matches the line, else ALL', async () => {
    const api = pricingWith({
      priceUnit: 'usd',
      outboundCallPrices: [
        { basePrice: 0.05, currentPrice: 0.05, originationPrefixes: ['ALL'] },
        { basePrice: 0.02, currentPrice: 0.018, originationPrefixes: ['1512', '1'] },
      ],
    });
    expect(await api.voicePrice('+447700900123', '+15125550100')).toEqual({ perMinute: 0.018, currency: 'USD' });
    expect(await api.voicePrice('+447700900123', '+33142685300')).toEqual({ perMinute: 0.05, currency: 'USD' });
  });

  it('reads numeric strings and snake_case items, and nothing hostile', async () => {
    const api = pricingWith({
      priceUnit: 'EUR',
      outboundCallPrices: [{ base_price: '0.0120', origination_prefixes: ['ALL'] }, 'junk', null],
    });
    expect(await api.voicePrice('+4930901820', '+15125550100')).toEqual({ perMinute: 0.012, currency: 'EUR' });
  });

  it.each([
    ['no currency', { priceUnit: null, outboundCallPrices: [{ currentPrice: 0.01 }] }],
    ['a currency that is not one', { priceUnit: '<script>', outboundCallPrices: [{ currentPrice: 0.01 }] }],
    ['no prices', { priceUnit: 'USD', outboundCallPrices: null }],
    ['a negative price', { priceUnit: 'USD', outboundCallPrices: [{ currentPrice: -1 }] }],
    ['a price in words', { priceUnit: 'USD', outboundCallPrices: [{ currentPrice: 'free' }] }],
    ['a huge price', { priceUnit: 'USD', outboundCallPrices: [{ currentPrice: 1e12 }] }],
    ['a megabyte of currency', { priceUnit: 'U'.repeat(1_000_000), outboundCallPrices: [{ currentPrice: 0.01 }] }],
    [
      'prices for other origins only',
      { priceUnit: 'USD', outboundCallPrices: [{ currentPrice: 0.1, originationPrefixes: ['44'] }] },
    ],
  ])('gives no price for %s', async (_, answer) => {
    expect(await pricingWith(answer).voicePrice('+4930901820', '+15125550100')).toBeNull();
  });

  it('gives no price when Twilio has none for the destination (404), and passes other failures on', async () => {
    expect(await pricingWith(null, { status: 404 }).voicePrice('+4930901820', '+15125550100')).toBeNull();
    await expect(pricingWith(null, { status: 500 }).voicePrice('+4930901820', '+15125550100')).rejects.toThrow();
  });

  it('refuses to put anything but an E.164 number in the URL', async () => {
    await expect(pricingWith({}).voicePrice('../Countries', '+15125550100')).rejects.toThrow();
  });
});
