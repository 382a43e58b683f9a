import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import { formatPhoneNumber } from './number-text';

/** Who invited the person, to which line, and whether an account they had was changed. */
export function invitationImportedText(invitation: ImportedInvitation): string[] {
  const line = invitation.phoneNumber ? ` (${formatPhoneNumber(invitation.phoneNumber)})` : '';
  const sentences = [`${invitation.inviterName} invited you to their phone line${line}.`];
  if (invitation.updated) {
    sentences.push(
      `Dialtone already had ${invitation.account.sipAddress}: it now signs in with the password and settings in this invitation.`,
    );
  }
  return sentences;
}
