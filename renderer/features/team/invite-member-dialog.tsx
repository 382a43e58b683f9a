import { useId, useState, type FormEvent } from 'react';
import { invitationFileExtension, minInvitationPassphraseLength } from '../../../shared/models/line-invitation-limits';
import type { TeamMember } from '../../../shared/models/team';
import { useT } from '../../i18n/use-t';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { fieldAria, FieldShell } from '../../ui/field-shell';
import { ModalDialog } from '../../ui/modal-dialog';
import { RequestErrorAlert } from '../wizard/problem-alert';

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
  const t = useT();
  const passphraseHint = t('team.passphraseHint', { min: minInvitationPassphraseLength });
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
    inviter: tried && !inviterName.trim() ? t('team.inviterMissing') : undefined,
    passphrase:
      tried && passphrase.length < minInvitationPassphraseLength
        ? t('team.passphraseShort', { min: minInvitationPassphraseLength })
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
          {t('team.inviteTitle', { name: member.displayName })}
        </h2>
        {invitation ? (
          <>
            <p className="account-dialog__intro">{t('team.inviteSend', { name: member.displayName })}</p>
            <textarea
              className="text-area"
              aria-label={t('team.invitationCode')}
              readOnly
              rows={4}
              value={invitation.code}
            />
            <p role="status">{copied ? t('team.copied') : ''}</p>
            <div className="account-form__buttons">
              <button
                type="button"
                className="secondary-button"
                onClick={() => void navigator.clipboard.writeText(invitation.code).then(() => setCopied(true))}
              >
                {t('team.copyCode')}
              </button>
              <button
                type="button"
                className="secondary-button"
                onClick={() => saveAsFile(member.displayName, invitation.file)}
              >
                {t('team.saveAsFile')}
              </button>
              <button type="button" className="button" onClick={close}>
                {t('team.done')}
              </button>
            </div>
          </>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <FieldShell id={`${id}-inviter`} label={t('team.yourName')} error={errors.inviter}>
              <input
                id={`${id}-inviter`}
                className="account-input"
                value={inviterName}
                maxLength={64}
                onChange={(event) => setInviterName(event.target.value)}
                {...fieldAria(`${id}-inviter`, undefined, errors.inviter)}
              />
            </FieldShell>
            <FieldShell
              id={`${id}-passphrase`}
              label={t('team.passphrase')}
              hint={passphraseHint}
              error={errors.passphrase}
            >
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
                {t('team.cancel')}
              </button>
              <button type="submit" className="button" aria-disabled={pending !== null || undefined}>
                {t(pending?.kind === 'invite' ? 'team.locking' : 'team.createInvitation')}
              </button>
            </div>
          </form>
        )}
      </div>
    </ModalDialog>
  );
}
