import { inEnglish, words, type Words } from '../../../shared/text/words';

/** Why an invitation could not be sealed or opened; each comes with words that say what to do. */
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
    readonly words: Words,
  ) {
    super(inEnglish(words));
    this.name = 'InvitationError';
  }
}

export const damagedInvitation = () => new InvitationError('damaged', words('team.invitationDamaged'));
