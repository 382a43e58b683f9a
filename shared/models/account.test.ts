import { describe, expect, it } from 'vitest';
import { accountFieldsSchema, accountSummarySchema, saveAccountInputSchema } from './account';

const fields = {
  label: 'Work',
  provider: 'twilio',
  sipAddress: 'alice@example.sip.twilio.com',
  authUsername: 'alice',
  registrar: 'example.sip.twilio.com',
  outboundProxy: null,
  transport: 'tls',
  srtp: 'mandatory',
  displayName: '',
  stunServer: null,
  trustedCaPem: null,
  pinnedCertSha256: null,
  enabled: true,
};

const fieldError = (overrides: Record<string, unknown>) => {
  const parsed = accountFieldsSchema.safeParse({ ...fields, ...overrides });
  return parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message).join('; ');
};

describe('account model', () => {
  it('accepts well-formed fields, with and without a port', () => {
    expect(fieldError({})).toBeUndefined();
    expect(fieldError({ registrar: '10.0.0.1:5061', outboundProxy: 'proxy.example.com:5060' })).toBeUndefined();
  });

  it('refuses bad fields with messages that say what to do', () => {
    expect(fieldError({ label: '   ' })).toMatch(/Give the account a name/);
    expect(fieldError({ sipAddress: 'alice' })).toMatch(/user@example.com/);
    expect(fieldError({ sipAddress: 'sip:alice@example.com' })).toMatch(/user@example.com/);
    expect(fieldError({ registrar: 'example.com/path' })).toMatch(/registrar must be a host name/);
    expect(fieldError({ stunServer: 'stun example' })).toMatch(/STUN server/);
    expect(fieldError({ transport: 'udp' })).toBeDefined();
    expect(fieldError({ trustedCaPem: 'not a certificate' })).toMatch(/PEM/);
    expect(fieldError({ pinnedCertSha256: 'abc' })).toMatch(/64 hexadecimal digits/);
    expect(fieldError({ pinnedCertSha256: 'ab'.repeat(32) })).toBeUndefined();
  });

  it.each([
    ['displayName', 'Alice\r\nX-Injected: 1'],
    ['displayName', 'Alice\u0000'],
    ['authUsername', 'alice\nVia: evil'],
    ['authUsername', 'alice\tbob'],
    ['sipAddress', 'alice\u0007@example.com'],
    ['sipAddress', 'alice\u0085@example.com'],
  ])('refuses control characters in %s, which goes into a SIP header, and says to remove them', (field, value) => {
    expect(fieldError({ [field]: value })).toMatch(/cannot contain line breaks, tabs or other control characters/);
  });

  it('has no password in the summary and a write-only one in the save input', () => {
    const summary = { ...fields, id: '6f1c2a3e-8d4b-4c1a-9e2f-1a2b3c4d5e6f', hasPassword: true };
    expect(accountSummarySchema.safeParse(summary).success).toBe(true);
    expect(accountSummarySchema.safeParse({ ...summary, password: 'x' }).success).toBe(false);
    expect(saveAccountInputSchema.safeParse({ fields, password: 'x' }).success).toBe(true);
    expect(saveAccountInputSchema.safeParse({ fields, password: '' }).success).toBe(false);
    expect(saveAccountInputSchema.safeParse({ id: 'not-a-uuid', fields }).success).toBe(false);
  });
});
