import { useState } from 'react';
import type { SipTransport, SrtpPolicy } from '../../../shared/models/account';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { CheckboxField, ChoiceField, TextField } from './account-form-fields';
import {
  derivedDefaults,
  srtpKeysInClearWarning,
  type AccountFormErrors,
  type AccountFormField,
  type AccountFormValues,
  type EditedAccount,
} from './account-form-model';

// Local lists, not sipTransports and srtpPolicies from shared/models, so zod stays out of the bundle.
const transportOptions = (t: Translate): { value: SipTransport; label: string }[] => [
  { value: 'tls', label: t('accounts.transportTls') },
  { value: 'tcp', label: t('accounts.transportTcp') },
];
const srtpOptions = (t: Translate): { value: SrtpPolicy; label: string }[] => [
  { value: 'off', label: t('accounts.srtpOff') },
  { value: 'optional', label: t('accounts.srtpOptional') },
  { value: 'mandatory', label: t('accounts.srtpMandatory') },
];

interface AccountFormBodyProps {
  values: AccountFormValues;
  errors: AccountFormErrors;
  edited: EditedAccount;
  onChange<K extends AccountFormField>(key: K, value: AccountFormValues[K]): void;
}

function passwordHint(edited: EditedAccount, t: Translate): string {
  return edited?.hasPassword ? t('accounts.passwordKeep') : t('accounts.passwordNew');
}

/** Every field of a SIP account; blank fields with a default say which value they stand for. */
export function AccountFormBody({ values, errors, edited, onChange }: AccountFormBodyProps) {
  const defaults = derivedDefaults(values);
  const t = useT();
  // Open when the account already trusts a private server; after that, the person decides.
  const [advancedOpen] = useState(() => values.trustedCaPem !== '' || values.pinnedCertSha256 !== '');
  const text = (key: Exclude<AccountFormField, 'transport' | 'srtp' | 'enabled'>) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (value: string) => onChange(key, value),
  });

  return (
    <>
      <TextField
        {...text('sipAddress')}
        label={t('accounts.sipAddressLabel')}
        hint={t('accounts.sipAddressHint')}
        placeholder={t('accounts.sipAddressPlaceholder')}
        autoComplete="username"
      />
      <TextField
        {...text('password')}
        type="password"
        label={t('accounts.passwordLabel')}
        hint={passwordHint(edited, t)}
        autoComplete="new-password"
      />
      <TextField
        {...text('authUsername')}
        label={t('accounts.authUsernameLabel')}
        placeholder={defaults.authUsername}
        hint={
          defaults.authUsername
            ? t('accounts.authUsernameHintDefault', { user: defaults.authUsername })
            : t('accounts.authUsernameHint')
        }
      />
      <TextField
        {...text('registrar')}
        label={t('accounts.registrarLabel')}
        placeholder={defaults.registrar}
        hint={
          defaults.registrar
            ? t('accounts.registrarHintDefault', { domain: defaults.registrar })
            : t('accounts.registrarHint')
        }
      />
      <TextField
        {...text('outboundProxy')}
        label={t('accounts.outboundProxyLabel')}
        optional
        hint={t('accounts.outboundProxyHint')}
      />
      <ChoiceField
        name="transport"
        legend={t('accounts.connectionLegend')}
        hint={t('accounts.connectionHint')}
        options={transportOptions(t)}
        value={values.transport}
        onChange={(value) => onChange('transport', value)}
      />
      <ChoiceField
        name="srtp"
        legend={t('accounts.encryptionLegend')}
        hint={t('accounts.encryptionHint')}
        warning={srtpKeysInClearWarning(values, t)}
        options={srtpOptions(t)}
        value={values.srtp}
        onChange={(value) => onChange('srtp', value)}
      />
      <TextField
        {...text('displayName')}
        label={t('accounts.displayNameLabel')}
        optional
        hint={t('accounts.displayNameHint')}
      />
      <TextField
        {...text('label')}
        label={t('accounts.lineNameLabel')}
        optional
        placeholder={defaults.authUsername && defaults.label}
        hint={t('accounts.lineNameHint')}
      />
      <TextField {...text('stunServer')} label={t('accounts.stunLabel')} optional hint={t('accounts.stunHint')} />
      <details className="account-form__advanced" open={advancedOpen}>
        <summary>{t('accounts.advancedSummary')}</summary>
        <p className="account-form__hint account-form__advanced-intro">{t('accounts.advancedIntro')}</p>
        <TextField {...text('trustedCaPem')} multiline label={t('accounts.caLabel')} hint={t('accounts.caHint')} />
        <TextField {...text('pinnedCertSha256')} label={t('accounts.pinLabel')} hint={t('accounts.pinHint')} />
      </details>
      <CheckboxField
        name="enabled"
        label={t('accounts.enabledLabel')}
        hint={t('accounts.enabledHint')}
        checked={values.enabled}
        onChange={(checked) => onChange('enabled', checked)}
      />
    </>
  );
}
