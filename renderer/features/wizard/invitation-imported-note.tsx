import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import { invitationImportedText } from './invitation-text';

/** On the finish screen after "I was invited": the line saved, who invited the person, what changed. */
export function InvitationImportedNote({ invitation }: { invitation: ImportedInvitation }) {
  return (
    <>
      <p className="wizard-line-name">
        Phone line: <strong>{invitation.account.sipAddress}</strong>
      </p>
      <div className="wizard-note">
        {invitationImportedText(invitation).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
    </>
  );
}
