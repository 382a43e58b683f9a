import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import { useT } from '../../i18n/use-t';
import { invitationImportedText } from './invitation-text';
import { useRichT } from './use-rich-t';

/** On the finish screen after "I was invited": the line saved, who invited the person, what changed. */
export function InvitationImportedNote({ invitation }: { invitation: ImportedInvitation }) {
  const t = useT();
  const richT = useRichT();
  return (
    <>
      <p className="wizard-line-name">{richT('wizard.finishPhoneLine', { name: invitation.account.sipAddress })}</p>
      <div className="wizard-note">
        {invitationImportedText(invitation, t).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
    </>
  );
}
