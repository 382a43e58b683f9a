import { describe, expect, it } from 'vitest';
import { numberSearchSchema } from '../../../shared/models/twilio-setup';
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

  it("is checked with main's schema", () => {
    const bad = numberSearchInput({ ...newNumberSearchForm('US'), areaCode: '51', contains: '5' });
    expect(Object.keys(fieldErrors(numberSearchSchema, bad)).sort()).toEqual(['areaCode', 'contains']);
    expect(fieldErrors(numberSearchSchema, numberSearchInput(newNumberSearchForm('US')))).toEqual({});
  });
});
