import { useState } from 'react';
import type { SipTransport, SrtpPolicy } from '../../../shared/models/account';
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
const transportOptions: { value: SipTransport; label: string }[] = [
  { value: 'tls', label: 'TLS (recommended)' },
  { value: 'tcp', label: 'TCP' },
];
const srtpOptions: { value: SrtpPolicy; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'optional', label: 'When possible' },
  { value: 'mandatory', label: 'Required' },
];

interface AccountFormBodyProps {
  values: AccountFormValues;
  errors: AccountFormErrors;
  edited: EditedAccount;
  onChange<K extends AccountFormField>(key: K, value: AccountFormValues[K]): void;
}

function passwordHint(edited: EditedAccount): string {
  if (edited?.hasPassword) return 'Leave empty to keep the saved password.';
  return 'Kept encrypted on this computer and never shown again.';
}

/** Every field of a SIP account; blank fields with a default say which value they stand for. */
export function AccountFormBody({ values, errors, edited, onChange }: AccountFormBodyProps) {
  const defaults = derivedDefaults(values);
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
        label="SIP address"
        hint="From your provider or your PBX administrator, like alice@example.com."
        placeholder="alice@example.com"
        autoComplete="username"
      />
      <TextField
        {...text('password')}
        type="password"
        label="Password"
        hint={passwordHint(edited)}
        autoComplete="new-password"
      />
      <TextField
        {...text('authUsername')}
        label="User name for sign-in"
        placeholder={defaults.authUsername}
        hint={
          defaults.authUsername
            ? `Leave empty to use “${defaults.authUsername}”, the part of the address before @. Some providers give a separate authentication ID.`
            : 'Leave empty to use the part of the SIP address before @. Some providers give a separate authentication ID.'
        }
      />
      <TextField
        {...text('registrar')}
        label="Server"
        placeholder={defaults.registrar}
        hint={`${
          defaults.registrar
            ? `Leave empty to use “${defaults.registrar}”, the domain of the address.`
            : 'Leave empty to use the domain of the SIP address.'
        } Add :port only when the server does not use the standard one.`}
      />
      <TextField
        {...text('outboundProxy')}
        label="Outbound proxy"
        optional
        hint="Only when your provider asks for one, like proxy.example.com:5061."
      />
      <ChoiceField
        name="transport"
        legend="Connection"
        hint="TLS encrypts sign-in and call set-up. Choose TCP only when the server offers no TLS."
        options={transportOptions}
        value={values.transport}
        onChange={(value) => onChange('transport', value)}
      />
      <ChoiceField
        name="srtp"
        legend="Encryption of calls"
        hint="Encrypts the sound of calls (SRTP). Required refuses calls the other side cannot encrypt."
        warning={srtpKeysInClearWarning(values)}
        options={srtpOptions}
        value={values.srtp}
        onChange={(value) => onChange('srtp', value)}
      />
      <TextField
        {...text('displayName')}
        label="Display name"
        optional
        hint="The name people you call see, when their phone shows one."
      />
      <TextField
        {...text('label')}
        label="Name of this line"
        optional
        placeholder={defaults.authUsername && defaults.label}
        hint="How Dialtone shows this account. Leave empty to use the SIP address."
      />
      <TextField
        {...text('stunServer')}
        label="STUN server"
        optional
        hint="Helps calls through home routers, like stun.example.com:3478. Leave empty unless your provider suggests one."
      />
      <details className="account-form__advanced" open={advancedOpen}>
        <summary>Advanced: trust a private server</summary>
        <p className="account-form__hint account-form__advanced-intro">
          For a PBX whose certificate this computer does not trust, such as one it signed itself. Fill in one of these.
        </p>
        <TextField
          {...text('trustedCaPem')}
          multiline
          label="Certificate authority (PEM)"
          hint="Paste the certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----. Dialtone trusts it as well as the computer's own."
        />
        <TextField
          {...text('pinnedCertSha256')}
          label="Or exactly this server certificate (SHA-256 fingerprint)"
          hint="64 hexadecimal digits, colons between pairs allowed."
        />
      </details>
      <CheckboxField
        name="enabled"
        label="Use this account"
        hint="Turn off to stay offline without removing the account."
        checked={values.enabled}
        onChange={(checked) => onChange('enabled', checked)}
      />
    </>
  );
}
