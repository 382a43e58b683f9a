import { z } from 'zod';
import { e164Schema } from '../../shared/models/e164';
import { configPasswordPlaceholder } from '../../shared/models/office-trunk-names';
import { countryCodeSchema } from '../../shared/models/settings';
import { twilioEdges } from '../../shared/models/twilio-setup-names';

/*
 * What the PBX configuration generators take. Every string here ends up inside a config line or an XML
 * attribute, so each one is held to a small alphabet: no newline, ';', '[', ']', '"', '<', '>', '$' or
 * space can reach a file. The generators never escape what they are given; they rely on this validation.
 */

export const pbxKinds = ['asterisk', 'freeswitch', 'bigbluebutton'] as const;
export type PbxKind = (typeof pbxKinds)[number];

const hostLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isHostName(text: string): boolean {
  const labels = text.split('.');
  return labels.length >= 2 && labels.every((label) => hostLabel.test(label)) && !/^\d+$/.test(labels.at(-1) ?? '');
}

const terminationDomainSchema = z
  .string()
  .max(100, 'The termination domain is at most 100 characters, like my-office.pstn.twilio.com')
  .regex(
    /^(?!-)[a-z0-9-]{1,63}(?<!-)\.pstn\.twilio\.com$/i,
    "The termination domain is one name of letters, digits and '-' followed by .pstn.twilio.com, like my-office.pstn.twilio.com (Twilio Console, Elastic SIP Trunking, Termination)",
  )
  .transform((domain) => domain.toLowerCase());

const pbxAddressSchema = z
  .string()
  .max(253, 'The PBX address is at most 253 characters: an IPv4 address or a host name')
  .refine((address) => ipv4.test(address) || isHostName(address), {
    message:
      "The PBX address is the server's public IPv4 address (like 203.0.113.10) or its host name (letters, digits, '-' and dots, like pbx.example.com)",
  });

const sipUsernameSchema = z
  .string()
  .max(32, 'The termination username is at most 32 characters (Twilio credential lists)')
  .regex(
    /^[A-Za-z0-9._@+-]+$/,
    "The termination username uses only letters, digits and . _ @ + - (the username of the trunk's credential list)",
  );

const extensionSchema = z.strictObject({
  number: z.string().regex(/^[1-9]\d{1,5}$/, 'The Dialtone extension is 2 to 6 digits, not starting with 0, like 1001'),
  username: z
    .string()
    .max(32, 'The Dialtone phone username is at most 32 characters')
    .regex(
      /^[a-z][a-z0-9_-]*$/i,
      "The Dialtone phone username starts with a letter and uses only letters, digits, '_' and '-', like dialtone-1001",
    ),
});

const commonFields = {
  terminationDomain: terminationDomainSchema,
  edge: z.enum(twilioEdges, { message: 'Choose one of Twilio’s edge locations' }),
  /** TLS signalling and SRTP (SDES) media: the trunk's Secure setting. */
  secure: z.boolean(),
  terminationUsername: sipUsernameSchema,
  pbxAddress: pbxAddressSchema,
  pbxSipPort: z
    .number()
    .int()
    .min(1, 'The SIP port is a number from 1 to 65535 (usually 5060, or 5061 for TLS)')
    .max(65535, 'The SIP port is a number from 1 to 65535 (usually 5060, or 5061 for TLS)'),
  /** The number moved to the trunk, E.164. */
  phoneNumber: e164Schema,
  /** Where the office is: what its phones dial nationally is read in this country's numbering plan. */
  country: countryCodeSchema,
};

export const pbxConfigInputSchema = z.discriminatedUnion('pbx', [
  z.strictObject({ pbx: z.literal('asterisk'), ...commonFields, dialtoneExtension: extensionSchema }),
  z.strictObject({ pbx: z.literal('freeswitch'), ...commonFields }),
  z.strictObject({ pbx: z.literal('bigbluebutton'), ...commonFields }),
]);
export type PbxConfigInput = z.infer<typeof pbxConfigInputSchema>;
export type AsteriskConfigInput = Extract<PbxConfigInput, { pbx: 'asterisk' }>;
export type DialtoneExtension = AsteriskConfigInput['dialtoneExtension'];

/** Letters, digits and a few symbols that mean nothing to Asterisk's parser or FreeSWITCH's pre-processor. */
export const pbxPasswordSchema = z
  .string()
  .min(12, 'A SIP password has at least 12 characters')
  .max(128, 'A SIP password has at most 128 characters')
  .regex(
    /^[A-Za-z0-9._~!@#%^*+=:,?/-]+$/,
    'A SIP password uses only letters, digits and . _ ~ ! @ # % ^ * + = : , ? / - (no spaces, quotes, brackets, ; or $)',
  );

/** Secrets go in beside the input, never inside it, so the input can be logged and previewed. */
export const pbxPasswordsSchema = z.strictObject({
  /** The trunk's termination credential (Twilio credential list). */
  termination: pbxPasswordSchema,
  /** The Dialtone phone's password on the PBX (Asterisk only). */
  extension: pbxPasswordSchema,
});
export type PbxPasswords = z.infer<typeof pbxPasswordsSchema>;

/** Shown in the renderer's preview where a password goes; main writes the real file. */
export const pbxPasswordPlaceholder = configPasswordPlaceholder;
export const previewPbxPasswords: PbxPasswords = {
  termination: pbxPasswordPlaceholder,
  extension: pbxPasswordPlaceholder,
};
