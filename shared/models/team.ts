import { z } from 'zod';
import { teamWords } from '../text/team-words';
import { e164Schema } from './e164';

/**
 * People who share the phone line's SIP domain. Twilio's SIP domain guidance: a user with a number has the
 * number in E.164 as username (calls to the number ring them, their calls show it); a user without one has an
 * alphanumeric username (at least one letter, so it is never read as a number) and is reached by name or
 * extension. Twilio allows usernames of up to 32 characters.
 */
export const alphanumericUsernameSchema = z
  .string()
  .max(32, teamWords.usernameTooLong)
  .regex(/^[a-z0-9._-]*[a-z][a-z0-9._-]*$/, teamWords.usernameCharacters);
export const teamUsernameSchema = z.union([e164Schema, alphanumericUsernameSchema]);

/** A short number dialled inside the team (101); never one that could be the start of a phone number. */
export const extensionSchema = z.string().regex(/^[1-9]\d{1,4}$/, teamWords.extensionDigits);

/** One of the account's numbers, as the Team settings' lists offer them: none chosen is said as such. */
const chosenNumberSchema = z.string().min(1, teamWords.numberMissing).pipe(e164Schema);

export const teamMemberSchema = z.strictObject({
  username: teamUsernameSchema,
  /** As the Team view and the other members' phones show them. */
  displayName: z
    .string()
    .trim()
    .min(1, teamWords.memberNameMissing)
    .max(64, teamWords.nameTooLong)
    .regex(/^\P{Cc}*$/u, teamWords.nameOnOneLine),
  /** The Twilio number that rings them; when set, it is also their username. */
  phoneNumber: e164Schema.nullable(),
  extension: extensionSchema.nullable(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

/**
 * One number that rings several people at once (at most 10 Sip nouns in one Dial), then voicemail. Its members
 * are usernames of the team, the line's owner (their number) included.
 */
export const ringGroupSchema = z.strictObject({
  phoneNumber: chosenNumberSchema,
  name: z
    .string()
    .trim()
    .min(1, teamWords.groupNameMissing)
    .max(64, teamWords.nameTooLong)
    .regex(/^\P{Cc}*$/u, teamWords.nameOnOneLine),
  members: z
    .array(teamUsernameSchema)
    .min(1, teamWords.groupNobody)
    .max(10, teamWords.groupTooMany)
    .refine((members) => new Set(members).size === members.length, teamWords.groupSamePersonTwice),
});
export type RingGroup = z.infer<typeof ringGroupSchema>;

export const teamSchema = z.strictObject({
  members: z.array(teamMemberSchema).max(50),
  ringGroups: z.array(ringGroupSchema).max(10),
  /** The caller ID of members without a number when they call the phone network: one of the account's numbers. */
  defaultCallerId: e164Schema.nullable(),
});
export type Team = z.infer<typeof teamSchema>;

/** Adding a person: with one of the account's numbers (which then rings them), or by a username and extension. */
export const addTeamMemberSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('number'),
    displayName: teamMemberSchema.shape.displayName,
    phoneNumber: chosenNumberSchema,
    extension: extensionSchema.nullable(),
  }),
  z.strictObject({
    kind: z.literal('extension'),
    displayName: teamMemberSchema.shape.displayName,
    username: alphanumericUsernameSchema,
    extension: extensionSchema.nullable(),
  }),
]);
export type AddTeamMember = z.infer<typeof addTeamMemberSchema>;

export const emptyTeam: Team = { members: [], ringGroups: [], defaultCallerId: null };

export const hasOwnNumber = (member: TeamMember): member is TeamMember & { phoneNumber: string } =>
  member.phoneNumber !== null;
