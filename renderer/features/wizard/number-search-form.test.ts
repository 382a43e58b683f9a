import { describe, expect, it } from 'vitest';
import { numberSearchSchema } from '../../../shared/models/twilio-setup';
import { intlFor } from '../../i18n/active-intl';
import { newNumberSearchForm, numberSearchInput } from './number-search-form';
import { fieldErrors } from './setup-schemas';

describe('number search form', () => {
  it('leaves empty fields out and always asks for voice', () => {
    expect(numberSearchInput(newNumberSearchForm('GB'))).toEqual({
      country: 'GB',
      type: 'local',
      voice: true,
      sms: false,
    });
  });

  it('sends the area code in the US and Canada only, and digits without spaces', () => {
    const form = { ...newNumberSearchForm('US'), areaCode: ' 512 ', contains: '555-01', sms: true };
    expect(numberSearchInput(form)).toEqual({
      country: 'US',
      type: 'local',
      areaCode: '512',
      contains: '55501',
      voice: true,
      sms: true,
    });
    expect(numberSearchInput({ ...form, country: 'GB' })).not.toHaveProperty('areaCode');
  });

  it("is checked with main's schema, its problems in the person's language", () => {
    const bad = numberSearchInput({ ...newNumberSearchForm('US'), areaCode: '51', contains: '5' });
    expect(fieldErrors(numberSearchSchema, bad, intlFor('en'))).toEqual({
      areaCode: 'An area code is 3 digits (US and Canada only)',
      contains: 'Type 2 to 16 digits or letters the number should contain',
    });
    expect(fieldErrors(numberSearchSchema, bad, intlFor('de'))).toEqual({
      areaCode: 'Eine Vorwahl hat 3 Ziffern (nur USA und Kanada)',
      contains: 'Geben Sie 2 bis 16 Ziffern oder Buchstaben ein, die die Nummer enthalten soll',
    });
    expect(fieldErrors(numberSearchSchema, numberSearchInput(newNumberSearchForm('US')), intlFor('en'))).toEqual({});
  });
});
