import { z } from 'zod';
import { accountSummarySchema, withoutControlCharacters } from './account';
import { e164Schema } from './e164';
import {
  maxInvitationChars,
  maxInvitationPassphraseLength,
  minInvitationPassphraseLength,
} from './line-invitation-limits';
import { teamUsernameSchema } from './team';
import { twilioEdges } from './twilio-setup-names';

export * from './line-invitation-limits';

/**
 * Only a Twilio SIP domain, never any host: an invitation comes from a Dialtone that set up a Twilio line, and
 * the rest of it (edge, TLS with SRTP, Twilio's STUN) only makes sense there. Accepting any host would let a
 * forged invitation send this computer's sign-ins and calls to a server of the forger's choosing; a person on
 * another SIP server uses the wizard's "another SIP server" path with what its administrator gave them.
 */
export const twilioSipDomainSchema = z
  .string()
  .max(253)
  .regex(
    /^[a-z0-9-]{1,63}\.sip\.twilio\.com$/,
    'The SIP domain must be a Twilio one, like example.sip.twilio.com, in small letters',
  );

/** A name shown to people and sent as a SIP display name: no line breaks or other control characters. */
const personNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((text) => withoutControlCharacters(text) === text, 'A name cannot contain line breaks or tabs');

/** What the inviter's Dialtone seals for one person: their sign-in on the team's SIP domain, and who sent it. */
export const invitedLineSchema = z.strictObject({
  sipDomain: twilioSipDomainSchema,
  username: teamUsernameSchema,
  password: z.string().min(1).max(256),
  /** The Twilio edge the inviter chose; null lets the invited computer pick the one nearest to it. */
  edge: z.enum(twilioEdges).nullable(),
  displayName: personNameSchema,
  inviterName: personNameSchema,
  /** The line's phone number, when it has one: shown to the invited person, not used to sign in. */
  phoneNumber: e164Schema.nullable(),
});
export type InvitedLine = z.infer<typeof invitedLineSchema>;

export const invitationPassphraseSchema = z
  .string()
  .min(
    minInvitationPassphraseLength,
    `An invitation passphrase has at least ${minInvitationPassphraseLength} characters: three or four words are easy to say and type`,
  )
  .max(
    maxInvitationPassphraseLength,
    `An invitation passphrase has at most ${maxInvitationPassphraseLength} characters`,
  );

export const invitationImportInputSchema = z.strictObject({
  /** The pasted code or the file's text; its length is checked before anything else reads it. */
  text: z
    .string()
    .min(1, 'Paste the invitation code, or choose the invitation file')
    .max(maxInvitationChars, 'This is far too long to be a Dialtone invitation: paste only the code you were sent'),
  passphrase: invitationPassphraseSchema,
});
export type InvitationImportInput = z.infer<typeof invitationImportInputSchema>;

export const importedInvitationSchema = z.strictObject({
  account: accountSummarySchema,
  /** An account with the same SIP address was there already and now has the invitation's settings. */
  updated: z.boolean(),
  inviterName: personNameSchema,
  phoneNumber: e164Schema.nullable(),
});
export type ImportedInvitation = z.infer<typeof importedInvitationSchema>;

/** Inviting a person of the team: who invites (shown to them), and the passphrase told to them another way. */
export const invitationExportInputSchema = z.strictObject({
  username: teamUsernameSchema,
  inviterName: personNameSchema,
  passphrase: invitationPassphraseSchema,
});
export type InvitationExportInput = z.infer<typeof invitationExportInputSchema>;

export const sealedInvitationSchema = z.strictObject({
  file: z.string().max(maxInvitationChars),
  code: z.string().max(maxInvitationChars),
});
