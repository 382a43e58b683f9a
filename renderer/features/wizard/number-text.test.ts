import { describe, expect, it } from 'vitest';
import { addressRequirements } from '../../../shared/models/twilio-setup';
import {
  addressRequirementText,
  buyDetails,
  buyQuestion,
  capabilitiesText,
  formatPhoneNumber,
  hasAreaCodes,
  monthlyPriceText,
  placeText,
} from './number-text';

const number = {
  phoneNumber: '+15125550100',
  monthlyPrice: '1.15',
  priceUnit: 'USD',
  addressRequirements: 'none',
  locality: 'Austin',
  region: 'TX',
  isoCountry: 'US',
} as const;

describe('number text', () => {
  it('writes numbers in international form', () => {
    expect(formatPhoneNumber('+15125550100')).toBe('+1 512 555 0100');
    expect(formatPhoneNumber('+442079460958')).toBe('+44 20 7946 0958');
    expect(formatPhoneNumber('not a number')).toBe('not a number');
  });

  it('says every address requirement in words', () => {
    expect(addressRequirements.map(addressRequirementText)).toEqual([
      'No address needed',
      'Needs an address on file',
      'Needs a local address',
      'Needs a foreign address',
    ]);
  });

  it('writes the monthly price with its unit, or where to find it', () => {
    expect(monthlyPriceText(number)).toBe('1.15 USD a month');
    expect(monthlyPriceText({ monthlyPrice: '3.00', priceUnit: null })).toBe('3.00 a month');
    expect(monthlyPriceText({ monthlyPrice: null, priceUnit: null })).toMatch(/not listed.*twilio.com\/pricing/);
  });

  it('asks before buying, with the price', () => {
    expect(buyQuestion(number)).toBe('Buy +1 512 555 0100 for 1.15 USD a month?');
    expect(buyQuestion({ ...number, monthlyPrice: null })).toBe('Buy +1 512 555 0100?');
    expect(buyDetails(number)).toBe(
      'Twilio charges your account 1.15 USD now and every month until you release the number.',
    );
    expect(buyDetails({ ...number, addressRequirements: 'local' })).toMatch(/Needs a local address: add it/);
  });

  it('lists capabilities and the place', () => {
    expect(capabilitiesText({ voice: true, sms: true, mms: false })).toBe('Voice, SMS');
    expect(capabilitiesText({ voice: false, sms: false, mms: false })).toBe('No voice or messages');
    expect(placeText(number)).toBe('Austin, TX');
    expect(placeText({ locality: null, region: null, isoCountry: 'GB' })).toBe('United Kingdom');
  });

  it('searches by area code in the US and Canada only', () => {
    expect(hasAreaCodes('US')).toBe(true);
    expect(hasAreaCodes('CA')).toBe(true);
    expect(hasAreaCodes('GB')).toBe(false);
  });
});
