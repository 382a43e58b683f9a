import { useId, useState, type FormEvent } from 'react';
import { invitationFileExtension, minInvitationPassphraseLength } from '../../../shared/models/line-invitation-limits';
import type { TeamMember } from '../../../shared/models/team';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { fieldAria, FieldShell } from '../../ui/field-shell';
import { ModalDialog } from '../../ui/modal-dialog';
import { RequestErrorAlert } from '../wizard/problem-alert';

const passphraseHint = `At least ${minInvitationPassphraseLength} characters; a few words are easiest. Tell it to them by phone or in person, never in the message that carries the invitation.`;

/** Saves the invitation as a file through the page (the browser shell and the desktop app both download it). */
function saveAsFile(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = `${name.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'line'}${invitationFileExtension}`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Invites a person: their line sealed with a passphrase, as a code to paste into a message or a file. */
export function InviteMemberDialog({ member, onClose }: { member: TeamMember; onClose(): void }) {
  const id = useId();
  const pending = useTeamStore(selectors.pending);
  const requestError = useTeamStore(selectors.requestError);
  const sealed = useTeamStore(selectors.invitation);
  const invite = useTeamStore(selectors.invite);
  const forgetInvitation = useTeamStore(selectors.forgetInvitation);
  const [inviterName, setInviterName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [tried, setTried] = useState(false);
  const [copied, setCopied] = useState(false);
  const invitation = sealed?.username === member.username ? sealed : null;
  const errors = {
    inviter: tried && !inviterName.trim() ? 'Write your name: they see who invited them.' : undefined,
    passphrase:
      tried && passphrase.length < minInvitationPassphraseLength
        ? `Use at least ${minInvitationPassphraseLength} characters.`
        : undefined,
  };

  function close() {
    forgetInvitation();
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!inviterName.trim() || passphrase.length < minInvitationPassphraseLength) return;
    await invite({ username: member.username, inviterName: inviterName.trim(), passphrase });
  }

  return (
    <ModalDialog labelledBy={`${id}-title`} className="account-dialog" onCancel={close} fallbackFocus={() => null}>
      <div className="account-dialog__content">
        <h2 id={`${id}-title`} className="account-dialog__title">
          Invite {member.displayName}
        </h2>
        {invitation ? (
          <>
            <p className="account-dialog__intro">
              Send {member.displayName} this code or the file. In Dialtone they choose “I was invited”, paste it and
              type the passphrase. The code holds their password, locked with the passphrase.
            </p>
            <textarea className="text-area" aria-label="Invitation code" readOnly rows={4} value={invitation.code} />
            <p role="status">{copied ? 'Copied.' : ''}</p>
            <div className="account-form__buttons">
              <button
                type="button"
                className="secondary-button"
                onClick={() => void navigator.clipboard.writeText(invitation.code).then(() => setCopied(true))}
              >
                Copy code
              </button>
              <button
                type="button"
                className="secondary-button"
                onClick={() => saveAsFile(member.displayName, invitation.file)}
              >
                Save as file
              </button>
              <button type="button" className="button" onClick={close}>
                Done
              </button>
            </div>
          </>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <FieldShell id={`${id}-inviter`} label="Your name" error={errors.inviter}>
              <input
                id={`${id}-inviter`}
                className="account-input"
                value={inviterName}
                maxLength={64}
                onChange={(event) => setInviterName(event.target.value)}
                {...fieldAria(`${id}-inviter`, undefined, errors.inviter)}
              />
            </FieldShell>
            <FieldShell id={`${id}-passphrase`} label="Passphrase" hint={passphraseHint} error={errors.passphrase}>
              <input
                id={`${id}-passphrase`}
                className="account-input"
                value={passphrase}
                maxLength={256}
                autoComplete="off"
                onChange={(event) => setPassphrase(event.target.value)}
                {...fieldAria(`${id}-passphrase`, passphraseHint, errors.passphrase)}
              />
            </FieldShell>
            <RequestErrorAlert message={requestError} />
            <div className="account-form__buttons">
              <button type="button" className="secondary-button" onClick={close}>
                Cancel
              </button>
              <button type="submit" className="button" aria-disabled={pending !== null || undefined}>
                {pending?.kind === 'invite' ? 'Locking…' : 'Create invitation'}
              </button>
            </div>
          </form>
        )}
      </div>
    </ModalDialog>
  );
}
