/** Why an invitation could not be sealed or opened; each comes with a message that says what to do. */
export type InvitationProblem =
  | 'passphrase-rules'
  | 'too-large'
  | 'not-an-invitation'
  | 'damaged'
  | 'unknown-version'
  | 'unsafe-settings'
  | 'wrong-passphrase-or-changed'
  | 'unusable-line';

/** Never carries the passphrase, the password or the invitation's text: only what a person may read. */
export class InvitationError extends Error {
  constructor(
    readonly problem: InvitationProblem,
    message: string,
  ) {
    super(message);
    this.name = 'InvitationError';
  }
}

export const damagedInvitation = () =>
  new InvitationError(
    'damaged',
    'The invitation is incomplete or damaged. Copy the whole code (or choose the file) again; if it still fails, ask the person who invited you for a new invitation.',
  );
