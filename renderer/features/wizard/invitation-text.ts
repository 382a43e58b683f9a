import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import type { Translate } from '../../i18n/message-values';
import { formatPhoneNumber } from './number-text';

/** Who invited the person, to which line, and whether an account they had was changed. */
export function invitationImportedText(invitation: ImportedInvitation, t: Translate): string[] {
  const inviter = invitation.inviterName;
  const sentences = [
    invitation.phoneNumber
      ? t('wizard.invitedByToNumber', { inviter, number: formatPhoneNumber(invitation.phoneNumber) })
      : t('wizard.invitedBy', { inviter }),
  ];
  if (invitation.updated) sentences.push(t('wizard.invitationUpdated', { address: invitation.account.sipAddress }));
  return sentences;
}
