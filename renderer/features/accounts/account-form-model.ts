import type {
  AccountFields,
  AccountSummary,
  SaveAccountInput,
  SipTransport,
  SrtpPolicy,
} from '../../../shared/models/account';
import type { MessageId } from '../../i18n/locale-messages';
import type { Translate } from '../../i18n/message-values';

/*
 * The SIP account form's pure logic: what it shows, the defaults it derives from the SIP address,
 * the local checks (mirroring accountFieldsSchema in shared/models/account.ts, which the renderer
 * does not import so that zod stays out of the bundle) and the save request it builds.
 */

/** What the form holds; empty text means "use the default" where a field has one. */
export interface AccountFormValues {
  sipAddress: string;
  /** Write-only: empty keeps the saved password of an existing account. */
  password: string;
  authUsername: string;
  registrar: string;
  outboundProxy: string;
  transport: SipTransport;
  srtp: SrtpPolicy;
  displayName: string;
  label: string;
  stunServer: string;
  trustedCaPem: string;
  pinnedCertSha256: string;
  enabled: boolean;
}

export type AccountFormField = keyof AccountFormValues;
export type AccountFormErrors = Partial<Record<AccountFormField, string>>;

/** The account being edited, or null for a new one. */
export type EditedAccount = Pick<AccountSummary, 'id' | 'provider' | 'hasPassword'> | null;

/** The order fields appear in, so the first invalid one can take focus. */
export const accountFormFieldOrder: readonly AccountFormField[] = [
  'sipAddress',
  'password',
  'authUsername',
  'registrar',
  'outboundProxy',
  'transport',
  'srtp',
  'displayName',
  'label',
  'stunServer',
  'trustedCaPem',
  'pinnedCertSha256',
  'enabled',
];

/** TLS and calls always encrypted (a call the other side cannot encrypt is refused), the standard port. */
export const newAccountForm: AccountFormValues = {
  sipAddress: '',
  password: '',
  authUsername: '',
  registrar: '',
  outboundProxy: '',
  transport: 'tls',
  srtp: 'mandatory',
  displayName: '',
  label: '',
  stunServer: '',
  trustedCaPem: '',
  pinnedCertSha256: '',
  enabled: true,
};

/**
 * SDES carries the keys that encrypt a call's sound in the call set-up (SDP), which only TLS
 * protects: over TCP anyone who can read the set-up can decrypt the sound.
 */
export function srtpKeysInClearWarning(
  values: Pick<AccountFormValues, 'transport' | 'srtp'>,
  t: Translate,
): string | undefined {
  if (values.transport === 'tls' || values.srtp === 'off') return undefined;
  return t('accounts.srtpKeysInClear');
}

const addressPattern = /^[^@\s:;]+@[A-Za-z0-9.-]+$/;
const hostPattern = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;
const pemPattern = /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/;
const fingerprintPattern = /^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$/;

/** People paste "sip:alice@example.com" or "stun:stun.example.com:3478"; the scheme is implied. */
function withoutScheme(text: string): string {
  return text.trim().replace(/^(sips?|stuns?):/i, '');
}

export function normalizedAddress(values: Pick<AccountFormValues, 'sipAddress'>): string {
  return withoutScheme(values.sipAddress);
}

/** "alice" and "example.com" from "alice@example.com"; empty while the address is incomplete. */
export function addressParts(address: string): { user: string; domain: string } {
  const at = address.lastIndexOf('@');
  if (at < 0) return { user: '', domain: '' };
  return { user: address.slice(0, at), domain: address.slice(at + 1) };
}

/** The values a blank field stands for, derived from the SIP address. */
export function derivedDefaults(values: Pick<AccountFormValues, 'sipAddress'>) {
  const address = normalizedAddress(values);
  const { user, domain } = addressParts(address);
  return { authUsername: user, registrar: domain, label: address };
}

/** The form for an existing account: fields equal to their default stay empty, so they follow the address. */
export function formFromAccount(account: AccountFields): AccountFormValues {
  const defaults = derivedDefaults(account);
  const unlessDefault = (value: string, fallback: string) => (value === fallback ? '' : value);
  return {
    sipAddress: account.sipAddress,
    password: '',
    authUsername: unlessDefault(account.authUsername, defaults.authUsername),
    registrar: unlessDefault(account.registrar, defaults.registrar),
    outboundProxy: account.outboundProxy ?? '',
    transport: account.transport,
    srtp: account.srtp,
    displayName: account.displayName,
    label: unlessDefault(account.label, defaults.label),
    stunServer: account.stunServer ?? '',
    trustedCaPem: account.trustedCaPem ?? '',
    pinnedCertSha256: account.pinnedCertSha256 ?? '',
    enabled: account.enabled,
  };
}

/** A host field's two problems: not a host (with an example), or a port out of range. */
interface HostMessages {
  invalid: MessageId;
  badPort: MessageId;
}

function hostProblem(value: string, messages: HostMessages, t: Translate): string | undefined {
  if (value.length > 260 || !hostPattern.test(value)) return t(messages.invalid);
  const port = value.split(':')[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return t(messages.badPort);
  return undefined;
}

/** Local checks before anything is sent; each message says what to do. Empty when all is well. */
export function validateAccountForm(values: AccountFormValues, edited: EditedAccount, t: Translate): AccountFormErrors {
  const errors: AccountFormErrors = {};
  const address = normalizedAddress(values);
  const defaults = derivedDefaults(values);

  if (address === '') errors.sipAddress = t('accounts.sipAddressEmpty');
  else if (address.length > 320 || !addressPattern.test(address)) errors.sipAddress = t('accounts.sipAddressInvalid');

  const needsPassword = edited === null || !edited.hasPassword;
  if (values.password === '' && needsPassword) errors.password = t('accounts.passwordEmpty');
  else if (values.password.length > 256) errors.password = t('accounts.passwordTooLong');

  const authUsername = values.authUsername.trim();
  if (authUsername.length > 256) errors.authUsername = t('accounts.authUsernameTooLong');

  const registrar = withoutScheme(values.registrar);
  if (registrar !== '') {
    const problem = hostProblem(
      registrar,
      { invalid: 'accounts.registrarInvalid', badPort: 'accounts.registrarBadPort' },
      t,
    );
    if (problem) errors.registrar = problem;
  } else if (!errors.sipAddress && defaults.registrar === '') {
    errors.registrar = t('accounts.registrarEmpty');
  }

  const proxy = withoutScheme(values.outboundProxy);
  if (proxy !== '') {
    const problem = hostProblem(
      proxy,
      { invalid: 'accounts.outboundProxyInvalid', badPort: 'accounts.outboundProxyBadPort' },
      t,
    );
    if (problem) errors.outboundProxy = problem;
  }

  const stun = withoutScheme(values.stunServer);
  if (stun !== '') {
    const problem = hostProblem(stun, { invalid: 'accounts.stunInvalid', badPort: 'accounts.stunBadPort' }, t);
    if (problem) errors.stunServer = problem;
  }

  if (values.displayName.trim().length > 100) errors.displayName = t('accounts.displayNameTooLong');
  if (values.label.trim().length > 100) errors.label = t('accounts.labelTooLong');

  const pem = values.trustedCaPem.trim();
  if (pem !== '' && (pem.length > 20_000 || !pemPattern.test(pem))) {
    errors.trustedCaPem = t('accounts.pemInvalid');
  }
  const fingerprint = values.pinnedCertSha256.trim();
  if (fingerprint !== '' && (fingerprint.length > 95 || !fingerprintPattern.test(fingerprint))) {
    errors.pinnedCertSha256 = t('accounts.fingerprintInvalid');
  }
  return errors;
}

export function firstInvalidField(errors: AccountFormErrors): AccountFormField | undefined {
  return accountFormFieldOrder.find((field) => errors[field] !== undefined);
}

const orNull = (text: string) => (text === '' ? null : text);

/** The accounts:save request for valid values; an empty password is left out, keeping the saved one. */
export function buildSaveInput(values: AccountFormValues, edited: EditedAccount): SaveAccountInput {
  const defaults = derivedDefaults(values);
  const fields: AccountFields = {
    label: values.label.trim() || defaults.label,
    provider: edited?.provider ?? 'sip',
    sipAddress: normalizedAddress(values),
    authUsername: values.authUsername.trim() || defaults.authUsername,
    registrar: withoutScheme(values.registrar) || defaults.registrar,
    outboundProxy: orNull(withoutScheme(values.outboundProxy)),
    transport: values.transport,
    srtp: values.srtp,
    displayName: values.displayName.trim(),
    stunServer: orNull(withoutScheme(values.stunServer)),
    trustedCaPem: orNull(values.trustedCaPem.trim()),
    pinnedCertSha256: orNull(values.pinnedCertSha256.trim()),
    enabled: values.enabled,
  };
  return {
    ...(edited ? { id: edited.id } : {}),
    fields,
    ...(values.password === '' ? {} : { password: values.password }),
  };
}

/** The field a refusal from main names ("… fields.registrar: …"), so it can take focus. */
export function fieldNamedInRefusal(message: string): AccountFormField | undefined {
  const path = /: (?:fields\.)?(\w+): /.exec(message)?.[1];
  return accountFormFieldOrder.find((field) => field === path);
}
