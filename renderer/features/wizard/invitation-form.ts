import {
  invitationFileExtension,
  maxInvitationChars,
  maxInvitationPassphraseLength,
  minInvitationPassphraseLength,
} from '../../../shared/models/line-invitation-limits';

/** What the "I was invited" form holds: the pasted code (or a chosen file's text) and the passphrase. */
export interface InvitationForm {
  text: string;
  passphrase: string;
}
export type InvitationField = keyof InvitationForm;
export type InvitationErrors = Partial<Record<InvitationField, string>>;

/** In the order they show, so the first invalid one can take focus. */
export const invitationFields: readonly InvitationField[] = ['text', 'passphrase'];

const tooLong =
  'This is far too long to be a Dialtone invitation. Paste only the code you were sent, or choose its file.';

/** The checks main makes on the request, said for this form; main checks everything again. */
export function invitationFormErrors(form: InvitationForm): InvitationErrors {
  const errors: InvitationErrors = {};
  if (form.text.trim() === '') errors.text = 'Paste the invitation code, or choose the invitation file.';
  else if (form.text.length > maxInvitationChars) errors.text = tooLong;
  if (form.passphrase === '') {
    errors.passphrase = 'Enter the passphrase the person who invited you told you.';
  } else if (
    form.passphrase.length < minInvitationPassphraseLength ||
    form.passphrase.length > maxInvitationPassphraseLength
  ) {
    errors.passphrase = `An invitation passphrase has ${minInvitationPassphraseLength} to ${maxInvitationPassphraseLength} characters. Check it with the person who invited you.`;
  }
  return errors;
}

/** The file's text, or why it is not read: a file far larger than any invitation is refused unread. */
export async function readInvitationFile(file: File): Promise<{ text: string } | { problem: string }> {
  if (file.size > maxInvitationChars) {
    return {
      problem: `${file.name} is not a Dialtone invitation: it is far too large. Choose the ${invitationFileExtension} file you were sent.`,
    };
  }
  try {
    return { text: await file.text() };
  } catch {
    return { problem: `${file.name} could not be read. Choose the file again, or paste the invitation code instead.` };
  }
}
