import type { TwilioCredentialsInput } from '../../../shared/models/twilio-setup';
import type { Translate } from '../../i18n/message-values';

/** What the credentials form holds; only the fields of the chosen kind are sent. */
export interface CredentialsForm {
  kind: TwilioCredentialsInput['kind'];
  accountSid: string;
  authToken: string;
  apiKeySid: string;
  apiKeySecret: string;
}

export type CredentialsField = Exclude<keyof CredentialsForm, 'kind'>;
export type CredentialsErrors = Partial<Record<CredentialsField, string>>;

export const emptyCredentialsForm: CredentialsForm = {
  kind: 'auth-token',
  accountSid: '',
  authToken: '',
  apiKeySid: '',
  apiKeySecret: '',
};

/** The fields shown for each kind, in order, so the first invalid one can take focus. */
export const credentialsFields: Readonly<Record<CredentialsForm['kind'], readonly CredentialsField[]>> = {
  'auth-token': ['accountSid', 'authToken'],
  'api-key': ['accountSid', 'apiKeySid', 'apiKeySecret'],
};

/** The setup:connect-twilio request (checked by the schema before it is sent); pasted spaces removed. */
export function credentialsInput(form: CredentialsForm): TwilioCredentialsInput {
  const accountSid = form.accountSid.trim();
  if (form.kind === 'auth-token') return { kind: 'auth-token', accountSid, authToken: form.authToken.trim() };
  return { kind: 'api-key', accountSid, apiKeySid: form.apiKeySid.trim(), apiKeySecret: form.apiKeySecret.trim() };
}

/** "Enter …" for an empty field, before the schema's own message about its form. */
export function missingFieldErrors(form: CredentialsForm, t: Translate): CredentialsErrors {
  const labels: Record<CredentialsField, string> = {
    accountSid: t('wizard.missingAccountSid'),
    authToken: t('wizard.missingAuthToken'),
    apiKeySid: t('wizard.missingApiKeySid'),
    apiKeySecret: t('wizard.missingApiKeySecret'),
  };
  const errors: CredentialsErrors = {};
  for (const field of credentialsFields[form.kind]) if (form[field].trim() === '') errors[field] = labels[field];
  return errors;
}

export function firstInvalidCredential(form: CredentialsForm, errors: CredentialsErrors): CredentialsField | undefined {
  return credentialsFields[form.kind].find((field) => errors[field] !== undefined);
}
