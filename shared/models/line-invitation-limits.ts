/*
 * An invitation to a team's phone line, without zod: the renderer's main bundle checks a file's size and a
 * passphrase's length with these; the schemas in line-invitation.ts are built from them.
 */

/** An invitation (file or code) is a few hundred characters; anything longer is refused before it is read. */
export const maxInvitationChars = 8_192;

/** Told aloud or in another message than the invitation: long enough to resist guessing the file offline. */
export const minInvitationPassphraseLength = 12;
export const maxInvitationPassphraseLength = 256;

/** What the code form starts with, before its version: dialtone-invite:1:… */
export const invitationCodePrefix = 'dialtone-invite:';
export const invitationFileExtension = '.dialtone-invite';
