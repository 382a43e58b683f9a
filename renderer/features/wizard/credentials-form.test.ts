import { describe, expect, it } from 'vitest';
import { intlFor } from '../../i18n/active-intl';
import { translatorFor } from '../../i18n/translate-test-kit';
import { twilioCredentialsInputSchema } from '../../../shared/models/twilio-setup';
import {
  credentialsInput,
  emptyCredentialsForm,
  firstInvalidCredential,
  missingFieldErrors,
  type CredentialsField,
} from './credentials-form';
import { fieldErrors } from './setup-schemas';

const t = translatorFor('en');
const sid = 'AC0123456789abcdef0123456789abcdef';
const token = '0123456789abcdef0123456789abcdef';

describe('credentials form', () => {
  it('sends only the fields of the chosen kind, without pasted spaces', () => {
    const form = { ...emptyCredentialsForm, accountSid: ` ${sid} `, authToken: `${token}\n`, apiKeySid: 'SKx' };
    expect(credentialsInput(form)).toEqual({ kind: 'auth-token', accountSid: sid, authToken: token });
    expect(credentialsInput({ ...form, kind: 'api-key', apiKeySecret: token })).toEqual({
      kind: 'api-key',
      accountSid: sid,
      apiKeySid: 'SKx',
      apiKeySecret: token,
    });
  });

  it("checks with main's schema and names the field of each problem", () => {
    const form = { ...emptyCredentialsForm, accountSid: 'AC123', authToken: token };
    const errors = fieldErrors<CredentialsField>(twilioCredentialsInputSchema, credentialsInput(form), intlFor('en'));
    expect(Object.keys(errors)).toEqual(['accountSid']);
    expect(errors.accountSid).toMatch(/starts with AC/);
    const valid = credentialsInput({ ...form, accountSid: sid });
    expect(fieldErrors(twilioCredentialsInputSchema, valid, intlFor('en'))).toEqual({});
    const shortSecret = credentialsInput({
      ...form,
      kind: 'api-key',
      accountSid: sid,
      apiKeySid: 'SK1',
      apiKeySecret: 'x',
    });
    expect(fieldErrors(twilioCredentialsInputSchema, shortSecret, intlFor('fr'))).toEqual({
      apiKeySid: 'Un API Key SID commence par SK suivi de 32 lettres et chiffres',
      apiKeySecret:
        'Le secret de la clé API compte 32 lettres et chiffres ; copiez-le à nouveau depuis la console Twilio',
    });
  });

  it('asks for empty fields first, in the order shown', () => {
    const form = { ...emptyCredentialsForm, kind: 'api-key' as const, accountSid: sid };
    const errors = missingFieldErrors(form, t);
    expect(Object.keys(errors)).toEqual(['apiKeySid', 'apiKeySecret']);
    expect(firstInvalidCredential(form, errors)).toBe('apiKeySid');
    expect(firstInvalidCredential(form, {})).toBeUndefined();
    expect(errors.apiKeySid).toBe('Enter the SID of your API key (it starts with SK).');
  });

  it('asks in the language the app shows', () => {
    const errors = missingFieldErrors({ ...emptyCredentialsForm }, translatorFor('de'));
    expect(errors.accountSid).toBe('Geben Sie Ihre Account SID ein (Twilio Console, Account Info).');
    expect(errors.authToken).toBe('Geben Sie Ihr Auth Token ein (Twilio Console, Account Info).');
  });
});
