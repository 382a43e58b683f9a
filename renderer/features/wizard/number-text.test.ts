import { describe, expect, it } from 'vitest';
import { intlFor } from '../../i18n/active-intl';
import { translatorFor } from '../../i18n/translate-test-kit';
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

const en = intlFor('en');
const t = translatorFor('en');

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
    expect(addressRequirements.map((requirement) => addressRequirementText(requirement, t))).toEqual([
      'No address needed',
      'Needs an address on file',
      'Needs a local address',
      'Needs a foreign address',
    ]);
  });

  it('writes the monthly price with its unit, or where to find it', () => {
    expect(monthlyPriceText(number, en)).toBe('$1.15 a month');
    expect(monthlyPriceText({ monthlyPrice: '3.00', priceUnit: null }, en)).toBe('3.00 a month');
    expect(monthlyPriceText({ monthlyPrice: null, priceUnit: null }, en)).toMatch(/not listed.*twilio.com\/pricing/);
  });

  it('asks before buying, with the price', () => {
    expect(buyQuestion(number, en)).toBe('Buy +1 512 555 0100 for $1.15 a month?');
    expect(buyQuestion({ ...number, monthlyPrice: null }, en)).toBe('Buy +1 512 555 0100?');
    expect(buyDetails(number, en)).toBe(
      'Twilio charges your account $1.15 now and every month until you release the number.',
    );
    expect(buyDetails({ ...number, addressRequirements: 'local' }, en)).toMatch(/Needs a local address: add it/);
  });

  it('lists capabilities and the place', () => {
    expect(capabilitiesText({ voice: true, sms: true, mms: false }, t)).toBe('Voice, SMS');
    expect(capabilitiesText({ voice: false, sms: false, mms: false }, t)).toBe('No voice or messages');
    expect(placeText(number, 'en')).toBe('Austin, TX');
    expect(placeText({ locality: null, region: null, isoCountry: 'GB' }, 'en')).toBe('United Kingdom');
  });

  it('says the price, the question and the place in French, numbers written the French way', () => {
    const fr = intlFor('fr');
    expect(monthlyPriceText(number, fr)).toBe('1,15\u00a0$US par mois');
    expect(monthlyPriceText({ monthlyPrice: '0.0085', priceUnit: 'USD' }, fr)).toBe('0,0085\u00a0$US par mois');
    expect(buyQuestion(number, fr)).toBe('Acheter le +1 512 555 0100 pour 1,15\u00a0$US par mois ?');
    expect(buyDetails({ ...number, addressRequirements: 'local' }, fr)).toBe(
      'Twilio débite votre compte de 1,15\u00a0$US maintenant puis chaque mois, jusqu’à ce que vous libériez le numéro. Adresse locale requise : ajoutez-la d’abord dans la console Twilio.',
    );
    expect(capabilitiesText({ voice: true, sms: true, mms: true }, translatorFor('fr'))).toBe('Voix, SMS, MMS');
    expect(placeText({ locality: null, region: null, isoCountry: 'GB' }, 'fr')).toBe('Royaume-Uni');
  });

  it('still shows a price Twilio wrote oddly, as it wrote it', () => {
    expect(monthlyPriceText({ monthlyPrice: 'n/a', priceUnit: 'USD' }, en)).toBe('n/a USD a month');
  });

  it('searches by area code in the US and Canada only', () => {
    expect(hasAreaCodes('US')).toBe(true);
    expect(hasAreaCodes('CA')).toBe(true);
    expect(hasAreaCodes('GB')).toBe(false);
  });
});
