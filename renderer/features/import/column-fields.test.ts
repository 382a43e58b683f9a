import { describe, expect, it } from 'vitest';
import { csvColumnFields } from '../../../shared/models/contact-fields';
import { columnsPayload, importColumnFieldText } from './column-fields';

describe('import column fields', () => {
  it('lists each field once, worded for people', () => {
    expect(new Set(csvColumnFields).size).toBe(csvColumnFields.length);
    expect(csvColumnFields.map((field) => importColumnFieldText(field))).toEqual([
      'Name',
      'First name',
      'Middle name',
      'Last name',
      'Organisation',
      'Mobile number',
      'Work number',
      'Home number',
      'Main number',
      'Fax number',
      'Other number',
      'Email',
      'SIP address',
      'Notes',
    ]);
  });

  it('sends only the fields the person set', () => {
    expect(columnsPayload({})).toEqual({});
    expect(columnsPayload({ name: 'Who', mobile: 'Tel', organisation: '', email: undefined })).toEqual({
      name: 'Who',
      mobile: 'Tel',
    });
  });

  it('allows one header for two fields and leaves the choice to main', () => {
    expect(columnsPayload({ name: 'Who', notes: 'Who' })).toEqual({ name: 'Who', notes: 'Who' });
  });

  it('ignores keys that are not fields', () => {
    expect(columnsPayload({ name: 'Who', prefix: 'Title' } as never)).toEqual({ name: 'Who' });
  });
});
