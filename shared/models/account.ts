import { z } from 'zod';

export const sipTransports = ['tls', 'tcp'] as const;
export const srtpPolicies = ['off', 'optional', 'mandatory'] as const;
export const accountProviders = ['twilio', 'sip'] as const;

const hostPattern = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;
const host = (what: string) =>
  z.string().max(260).regex(hostPattern, `${what} must be a host name or address, optionally with :port`);

export const accountIdSchema = z.string().uuid('Expected an account id');

/** A line break in a field that goes into a SIP header would start a header of the sender's choosing. */
export const withoutControlCharacters = (text: string) => text.replace(/\p{Cc}/gu, '');

const headerText = (what: string, schema: z.ZodString) =>
  schema.refine((text) => !/\p{Cc}/u.test(text), {
    message: `${what} cannot contain line breaks, tabs or other control characters: remove them and save again`,
  });

/** The part of a SIP account that is not secret; the password lives in the SecretStore only. */
export const accountFieldsSchema = z.strictObject({
  label: z.string().trim().min(1, 'Give the account a name').max(100),
  provider: z.enum(accountProviders),
  sipAddress: headerText(
    'The SIP address',
    z
      .string()
      .max(320)
      .regex(/^[^@\s:;]+@[A-Za-z0-9.-]+$/, 'The SIP address looks like user@example.com'),
  ),
  authUsername: headerText('The user name for sign-in', z.string().min(1, 'Enter the user name for sign-in').max(256)),
  registrar: host('The registrar'),
  outboundProxy: host('The outbound proxy').nullable(),
  transport: z.enum(sipTransports),
  srtp: z.enum(srtpPolicies),
  displayName: headerText('The display name', z.string().max(100)),
  stunServer: host('The STUN server').nullable(),
  /** For a private PBX: one more CA to trust (PEM), in addition to the system's. */
  trustedCaPem: z
    .string()
    .max(20_000)
    .regex(/^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/, 'Paste the certificate in PEM form')
    .nullable(),
  /** Or accept exactly this server certificate (SHA-256 fingerprint, hex, colons allowed). */
  pinnedCertSha256: z
    .string()
    .max(95)
    .regex(/^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$/, 'A SHA-256 fingerprint has 64 hexadecimal digits')
    .nullable(),
  enabled: z.boolean(),
});
export type AccountFields = z.infer<typeof accountFieldsSchema>;

export const accountSummarySchema = accountFieldsSchema.extend({
  id: accountIdSchema,
  hasPassword: z.boolean(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const saveAccountInputSchema = z.strictObject({
  id: accountIdSchema.optional(),
  fields: accountFieldsSchema,
  /** Write-only: set or replace the password. Omit to keep the stored one. */
  password: z.string().min(1).max(256).optional(),
});
export type SaveAccountInput = z.infer<typeof saveAccountInputSchema>;

export type SrtpPolicy = (typeof srtpPolicies)[number];
export type SipTransport = (typeof sipTransports)[number];
