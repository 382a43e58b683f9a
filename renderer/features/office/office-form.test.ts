import { describe, expect, it } from 'vitest';
import { officeTrunkInputSchema } from '../../../shared/models/office-trunk';
import { translatorFor } from '../../i18n/translate-test-kit';
import { initialOfficeForm, officeFormErrors, officeFormOf, officeTrunkInputOf, type OfficeForm } from './office-form';

const t = translatorFor('en');
const filled: OfficeForm = {
  ...initialOfficeForm('US', 'Office phone system'),
  pbxAddress: '203.0.113.7',
  phoneNumber: '+15125550100',
};

describe('office form', () => {
  it('turns a filled Asterisk form into a request the contract accepts, and back', () => {
    expect(officeFormErrors(filled, t)).toEqual({});
    const input = officeTrunkInputOf(filled);
    expect(officeTrunkInputSchema.parse(input)).toEqual(input);
    expect(input).toMatchObject({ pbx: 'asterisk', dialtoneExtension: '1001', addDialtonePhone: true });
    expect(input).not.toHaveProperty('port');
    expect(officeFormOf(input)).toEqual(filled);
  });

  it('asks for the source address only when the PBX has a host name', () => {
    const named = { ...filled, pbxAddress: 'pbx.example.com' };
    expect(officeFormErrors(named, t)).toEqual({ sourceAddress: expect.stringMatching(/public IPv4 address/) });
    expect(officeTrunkInputOf({ ...named, sourceAddress: ' 198.51.100.4 ' })).toMatchObject({
      sourceAddress: '198.51.100.4',
    });
    expect(officeTrunkInputOf({ ...filled, sourceAddress: '198.51.100.4' })).not.toHaveProperty('sourceAddress');
  });

  it('says what is missing or wrong, field by field', () => {
    const errors = officeFormErrors(
      {
        ...initialOfficeForm('US', 'Office phone system'),
        port: '70000',
        friendlyName: ' ',
        dialtoneExtension: '0123',
      },
      t,
    );
    expect(errors.friendlyName).toBe('Give the trunk a name.');
    expect(Object.keys(errors).sort()).toEqual([
      'dialtoneExtension',
      'friendlyName',
      'pbxAddress',
      'phoneNumber',
      'port',
    ]);
  });

  it('keeps the trunk name and the PBX address to the lengths main accepts', () => {
    const long = { ...filled, pbxAddress: `${'a'.repeat(250)}.com`, friendlyName: 'x'.repeat(65) };
    expect(officeTrunkInputSchema.safeParse(officeTrunkInputOf(long)).success).toBe(false);
    expect(officeFormErrors(long, t)).toMatchObject({
      pbxAddress: 'The PBX address is at most 253 characters: its IPv4 address or host name.',
      friendlyName: 'Keep the trunk name to 64 characters or fewer.',
    });
    expect(officeFormErrors({ ...filled, friendlyName: 'x'.repeat(64) }, translatorFor('es'))).toEqual({});
    expect(officeFormErrors(long, translatorFor('fr')).friendlyName).toBe(
      'Le nom du trunk fait au plus 64 caractères.',
    );
  });

  it('drops the extension for FreeSWITCH and BigBlueButton, which have none', () => {
    const input = officeTrunkInputOf({ ...filled, pbx: 'bigbluebutton', dialtoneExtension: '' });
    expect(input).toMatchObject({ pbx: 'bigbluebutton', dialtoneExtension: null, addDialtonePhone: false });
  });

  it('says what is wrong in the app’s language', () => {
    const errors = officeFormErrors({ ...filled, pbxAddress: '', friendlyName: '' }, translatorFor('de'));
    expect(errors.friendlyName).toBe('Geben Sie dem Trunk einen Namen.');
    expect(errors.pbxAddress).toMatch(/^Geben Sie die öffentliche Adresse der Telefonanlage ein/);
  });
});
