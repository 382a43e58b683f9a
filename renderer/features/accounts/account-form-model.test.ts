import { describe, expect, it } from 'vitest';
import type { AccountFields } from '../../../shared/models/account';
import { translatorFor } from '../../i18n/translate-test-kit';
import {
  buildSaveInput,
  derivedDefaults,
  fieldNamedInRefusal,
  firstInvalidField,
  formFromAccount,
  newAccountForm,
  srtpKeysInClearWarning,
  validateAccountForm,
  type AccountFormValues,
  type EditedAccount,
} from './account-form-model';

const t = translatorFor('en');
const id = '0b5e4a43-2f8a-4d2e-9a55-52c36c0b7d11';
const existing: EditedAccount = { id, provider: 'sip', hasPassword: true };
const form = (values: Partial<AccountFormValues>): AccountFormValues => ({ ...newAccountForm, ...values });
const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('account form defaults', () => {
  it('start on TLS with calls always encrypted, enabled', () => {
    expect(newAccountForm).toMatchObject({ transport: 'tls', srtp: 'mandatory', enabled: true });
    expect(srtpKeysInClearWarning(newAccountForm, t)).toBeUndefined();
  });

  it('warn that the keys of encrypted calls travel in clear over TCP, and only then', () => {
    expect(srtpKeysInClearWarning({ transport: 'tcp', srtp: 'mandatory' }, t)).toMatch(/in clear.*Choose TLS/);
    expect(srtpKeysInClearWarning({ transport: 'tcp', srtp: 'optional' }, t)).toMatch(/in clear.*Choose TLS/);
    expect(srtpKeysInClearWarning({ transport: 'tcp', srtp: 'off' }, t)).toBeUndefined();
    expect(srtpKeysInClearWarning({ transport: 'tls', srtp: 'optional' }, t)).toBeUndefined();
  });

  it('derive the user name, the server and the name from the SIP address', () => {
    expect(derivedDefaults({ sipAddress: ' alice@sip.example.com ' })).toEqual({
      authUsername: 'alice',
      registrar: 'sip.example.com',
      label: 'alice@sip.example.com',
    });
    expect(derivedDefaults({ sipAddress: 'sip:bob@pbx.local' }).registrar).toBe('pbx.local');
    expect(derivedDefaults({ sipAddress: 'alice' })).toEqual({ authUsername: '', registrar: '', label: 'alice' });
  });

  it('leave fields that equal their default empty when editing, so they follow the address', () => {
    const fields: AccountFields = {
      label: 'alice@example.com',
      provider: 'sip',
      sipAddress: 'alice@example.com',
      authUsername: 'alice',
      registrar: 'sip.example.com:5061',
      outboundProxy: null,
      transport: 'tcp',
      srtp: 'off',
      displayName: 'Alice',
      stunServer: 'stun.example.com',
      trustedCaPem: null,
      pinnedCertSha256: null,
      enabled: false,
    };
    expect(formFromAccount(fields)).toEqual({
      ...newAccountForm,
      sipAddress: 'alice@example.com',
      registrar: 'sip.example.com:5061',
      transport: 'tcp',
      srtp: 'off',
      displayName: 'Alice',
      stunServer: 'stun.example.com',
      enabled: false,
    });
  });
});

describe('account form validation', () => {
  it('accepts an address and a password alone', () => {
    expect(validateAccountForm(form({ sipAddress: 'alice@example.com', password: 'pw' }), null, t)).toEqual({});
  });

  it('asks for the address and, for a new account, the password', () => {
    const errors = validateAccountForm(newAccountForm, null, t);
    expect(errors.sipAddress).toMatch(/Enter the SIP address/);
    expect(errors.password).toMatch(/Enter the password/);
    expect(firstInvalidField(errors)).toBe('sipAddress');
  });

  it('lets an existing account keep its saved password, but not one that has none', () => {
    const values = form({ sipAddress: 'alice@example.com' });
    expect(validateAccountForm(values, existing, t)).toEqual({});
    expect(validateAccountForm(values, { ...existing, hasPassword: false }, t).password).toBeDefined();
  });

  it.each(['alice', 'alice@', 'al ice@example.com', 'alice@exa_mple.com', 'a;b@example.com'])(
    'refuses the address %j',
    (sipAddress) => {
      expect(validateAccountForm(form({ sipAddress, password: 'pw' }), null, t).sipAddress).toMatch(/looks like/);
    },
  );

  it('checks servers as host[:port], with a port in range', () => {
    const base = form({ sipAddress: 'alice@example.com', password: 'pw' });
    expect(
      validateAccountForm({ ...base, registrar: '127.0.0.1:5061', stunServer: 'stun:stun.example.com:3478' }, null, t),
    ).toEqual({});
    expect(validateAccountForm({ ...base, registrar: 'sip example.com' }, null, t).registrar).toMatch(/host name/);
    expect(validateAccountForm({ ...base, registrar: 'example.com:70000' }, null, t).registrar).toMatch(/65535/);
    expect(validateAccountForm({ ...base, outboundProxy: 'proxy/path' }, null, t).outboundProxy).toMatch(/outbound/);
    expect(validateAccountForm({ ...base, stunServer: 'stun server' }, null, t).stunServer).toMatch(/STUN/);
  });

  it('checks the private server trust: a PEM certificate or a SHA-256 fingerprint', () => {
    const base = form({ sipAddress: 'alice@example.com', password: 'pw' });
    expect(validateAccountForm({ ...base, trustedCaPem: pem, pinnedCertSha256: 'AB'.repeat(32) }, null, t)).toEqual({});
    const colons = Array.from({ length: 32 }, () => 'ab').join(':');
    expect(validateAccountForm({ ...base, pinnedCertSha256: colons }, null, t)).toEqual({});
    expect(validateAccountForm({ ...base, trustedCaPem: 'MIIB' }, null, t).trustedCaPem).toMatch(/PEM/);
    expect(validateAccountForm({ ...base, pinnedCertSha256: 'AB'.repeat(31) }, null, t).pinnedCertSha256).toMatch(/64/);
  });

  it('bounds the free text fields like the schema', () => {
    const base = form({ sipAddress: 'alice@example.com', password: 'pw' });
    const long = 'x'.repeat(101);
    expect(Object.keys(validateAccountForm({ ...base, displayName: long, label: long }, null, t))).toEqual([
      'displayName',
      'label',
    ]);
    expect(validateAccountForm({ ...base, password: 'x'.repeat(257) }, null, t).password).toMatch(/256/);
  });
});

describe('account form validation in another language', () => {
  it('says what to fix in German', () => {
    const errors = validateAccountForm(
      form({ sipAddress: 'alice', registrar: 'sip.example.com:70000' }),
      null,
      translatorFor('de'),
    );
    expect(errors.sipAddress).toBe(
      'Eine SIP-Adresse sieht aus wie alice@example.com: ein Benutzername, @, dann die Domain, ohne Leerzeichen.',
    );
    expect(errors.password).toBe('Geben Sie das Passwort dieses SIP-Kontos ein.');
    expect(errors.registrar).toBe('Der Port des Servers muss zwischen 1 und 65535 liegen.');
  });

  it('warns in Spanish that the keys travel in clear over TCP', () => {
    expect(srtpKeysInClearWarning({ transport: 'tcp', srtp: 'mandatory' }, translatorFor('es'))).toMatch(
      /^Con TCP, las claves que cifran el sonido viajan sin cifrar/,
    );
  });
});

describe('the save request', () => {
  it('fills the defaults in and leaves optional servers null', () => {
    expect(buildSaveInput(form({ sipAddress: ' sip:alice@example.com ', password: 'pw' }), null)).toEqual({
      fields: {
        label: 'alice@example.com',
        provider: 'sip',
        sipAddress: 'alice@example.com',
        authUsername: 'alice',
        registrar: 'example.com',
        outboundProxy: null,
        transport: 'tls',
        srtp: 'mandatory',
        displayName: '',
        stunServer: null,
        trustedCaPem: null,
        pinnedCertSha256: null,
        enabled: true,
      },
      password: 'pw',
    });
  });

  it('keeps what was typed, and the account id and provider when editing', () => {
    const input = buildSaveInput(
      form({
        sipAddress: 'alice@127.0.0.1',
        authUsername: ' alice-auth ',
        registrar: '127.0.0.1:5061',
        outboundProxy: 'proxy.example.com',
        label: 'Office',
        displayName: ' Alice ',
        trustedCaPem: `  ${pem}`,
        srtp: 'off',
      }),
      { ...existing, provider: 'twilio' },
    );
    expect(input.id).toBe(id);
    expect(input.fields).toMatchObject({
      provider: 'twilio',
      authUsername: 'alice-auth',
      registrar: '127.0.0.1:5061',
      outboundProxy: 'proxy.example.com',
      label: 'Office',
      displayName: 'Alice',
      trustedCaPem: pem.trim(),
      srtp: 'off',
    });
  });

  it('never sends an empty password, so the saved one is kept', () => {
    const input = buildSaveInput(form({ sipAddress: 'alice@example.com' }), existing);
    expect('password' in input).toBe(false);
  });

  it('keeps spaces in a password', () => {
    expect(buildSaveInput(form({ sipAddress: 'a@b.c', password: ' p w ' }), null).password).toBe(' p w ');
  });
});

describe("main's refusal", () => {
  it('names the field to fix', () => {
    const refusal = 'The request accounts:save was refused, nothing was changed: fields.registrar: The registrar must…';
    expect(fieldNamedInRefusal(refusal)).toBe('registrar');
    expect(
      fieldNamedInRefusal('That account no longer exists. Reopen the accounts list and try again.'),
    ).toBeUndefined();
  });
});
