import {
  invitationFileExtension,
  maxInvitationChars,
  maxInvitationPassphraseLength,
  minInvitationPassphraseLength,
} from '../../../shared/models/line-invitation-limits';
import type { Translate } from '../../i18n/message-values';

/** What the "I was invited" form holds: the pasted code (or a chosen file's text) and the passphrase. */
export interface InvitationForm {
  text: string;
  passphrase: string;
}
export type InvitationField = keyof InvitationForm;
export type InvitationErrors = Partial<Record<InvitationField, string>>;

/** In the order they show, so the first invalid one can take focus. */
export const invitationFields: readonly InvitationField[] = ['text', 'passphrase'];

/** The checks main makes on the request, said for this form; main checks everything again. */
export function invitationFormErrors(form: InvitationForm, t: Translate): InvitationErrors {
  const errors: InvitationErrors = {};
  if (form.text.trim() === '') errors.text = t('wizard.invitationCodeEmpty');
  else if (form.text.length > maxInvitationChars) errors.text = t('wizard.invitationTooLong');
  if (form.passphrase === '') {
    errors.passphrase = t('wizard.invitationPassphraseEmpty');
  } else if (
    form.passphrase.length < minInvitationPassphraseLength ||
    form.passphrase.length > maxInvitationPassphraseLength
  ) {
    errors.passphrase = t('wizard.invitationPassphraseLength', {
      min: minInvitationPassphraseLength,
      max: maxInvitationPassphraseLength,
    });
  }
  return errors;
}

/** The file's text, or why it is not read: a file far larger than any invitation is refused unread. */
export async function readInvitationFile(file: File, t: Translate): Promise<{ text: string } | { problem: string }> {
  if (file.size > maxInvitationChars) {
    return { problem: t('wizard.invitationFileTooLarge', { file: file.name, extension: invitationFileExtension }) };
  }
  try {
    return { text: await file.text() };
  } catch {
    return { problem: t('wizard.invitationFileUnreadable', { file: file.name }) };
  }
}
