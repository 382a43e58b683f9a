import { z } from 'zod';
import { wordsSchema } from '../result';
import { e164Schema } from './e164';
import { countryCodeSchema } from './settings';
import { twilioProblemSchema } from './twilio-setup';
import { officeConfigFileNames, officePbxKinds, officeTrunkTaskIds } from './office-trunk-names';
import { provisionTaskStatuses } from './twilio-setup-names';

/*
 * An office phone system (Asterisk, FreeSWITCH, BigBlueButton) connected to Twilio through an Elastic SIP trunk.
 * The form's fields are checked here in shape only; main checks them again in full (a public address, the
 * number being one of the account's) before anything reaches Twilio.
 */

const singleLine = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${what}: use at most ${max} characters`, abort: true })
    .regex(/^[^\p{Cc}\p{Cf}]*$/u, `${what}: use letters, digits and punctuation only, on one line`);

export const officeTrunkInputSchema = z.strictObject({
  pbx: z.enum(officePbxKinds, { message: 'Choose Asterisk, FreeSWITCH or BigBlueButton' }),
  pbxAddress: singleLine('The PBX address', 253).min(1, 'Enter the PBX’s public address').toLowerCase(),
  /** Absent: 5061 with TLS, else 5060. */
  port: z
    .number()
    .int()
    .min(1, 'The SIP port is a number from 1 to 65535')
    .max(65535, 'The SIP port is a number from 1 to 65535')
    .optional(),
  /** TLS signalling and SRTP media. */
  secure: z.boolean(),
  /** Needed when pbxAddress is a host name: the public IPv4 address the PBX's calls come from. */
  sourceAddress: singleLine('The source address', 15).optional(),
  /** One of the account's numbers, not the phone line's own. */
  phoneNumber: e164Schema,
  friendlyName: singleLine('The trunk name', 64).min(1, 'Give the trunk a name'),
  /** Where the office is: its national dialling is read in this country's numbering plan. */
  country: countryCodeSchema,
  /** Asterisk only: Dialtone's extension on the PBX. */
  dialtoneExtension: z
    .string()
    .regex(/^[1-9]\d{1,5}$/, 'The Dialtone extension is 2 to 6 digits, not starting with 0, like 1001')
    .nullable(),
  /** Asterisk only: save an account so this Dialtone registers to the PBX as that extension. */
  addDialtonePhone: z.boolean(),
});
export type OfficeTrunkInput = z.infer<typeof officeTrunkInputSchema>;

export const officeTrunkTaskSchema = z.strictObject({
  id: z.enum(officeTrunkTaskIds),
  status: z.enum(provisionTaskStatuses),
  detail: z.string().max(300).nullable(),
  /** The detail in Dialtone's words, which the renderer translates; absent when it is a name or Twilio's words. */
  detailWords: wordsSchema.optional(),
});
export type OfficeTrunkTask = z.infer<typeof officeTrunkTaskSchema>;

/** The names the generators give their files, so a request to save one can name nothing else. */
export const officeConfigFileNameSchema = z.enum(officeConfigFileNames);
export type OfficeConfigFileName = z.infer<typeof officeConfigFileNameSchema>;

/** A generated file as the app shows it: the passwords replaced by a placeholder. */
export const officeConfigFileSchema = z.strictObject({
  fileName: officeConfigFileNameSchema,
  /** What the file is and where it goes. */
  description: wordsSchema,
  content: z.string().max(200_000),
  /** The firewall notes' sentences (OfficeNotes), shown in the person's language; content holds their English. */
  notes: z.array(z.array(wordsSchema).max(12)).max(8).nullable(),
});
export type OfficeConfigFile = z.infer<typeof officeConfigFileSchema>;

export const officeTrunkStateSchema = z.strictObject({
  /** What the person asked for; null before the first provision. */
  input: officeTrunkInputSchema.nullable(),
  tasks: z.array(officeTrunkTaskSchema).max(officeTrunkTaskIds.length),
  /** Where the PBX sends its calls, once the trunk exists. */
  terminationDomain: z.string().max(100).nullable(),
  /** The username the PBX signs in to Twilio with (its password never leaves main). */
  username: z.string().max(32).nullable(),
  /** Every task done: the files are ready. */
  ready: z.boolean(),
  /** Previews of the generated files (placeholders for the passwords); empty until ready. */
  files: z.array(officeConfigFileSchema).max(6),
  /** Dialtone saved an account that registers to the PBX as its extension. */
  dialtonePhone: z.boolean(),
  busy: z.boolean(),
  problem: twilioProblemSchema.nullable(),
  /** Grows with every change, so an answer overtaken by a newer event is recognised. */
  revision: z.number().int().nonnegative(),
});
export type OfficeTrunkState = z.infer<typeof officeTrunkStateSchema>;

export const officeTrunkRemovalSchema = z.strictObject({
  /** What the removal took away, in words. */
  removed: z.array(wordsSchema).max(20),
  problem: twilioProblemSchema.nullable(),
});
export type OfficeTrunkRemoval = z.infer<typeof officeTrunkRemovalSchema>;
