import { useState } from 'react';
import type { Team, TeamMember } from '../../../shared/models/team';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { accountConfirmClasses } from '../accounts/remove-account-dialog';
import { InviteMemberDialog } from './invite-member-dialog';

/** How the others reach this person: their number, or their username, and their extension. */
export function memberReach(member: TeamMember, country: string): string {
  const address = member.phoneNumber ? formatPhoneForDisplay(member.phoneNumber, country) : member.username;
  return member.extension ? `${address} · extension ${member.extension}` : address;
}

/** The ring groups that ring only this person, which go with them, said for the confirmation. */
function groupsGoing(team: Team, username: string): string {
  const going = team.ringGroups.filter((group) => group.members.length === 1 && group.members[0] === username);
  if (going.length === 0) return '';
  const names = going.map((group) => group.name).join(', ');
  return going.length === 1
    ? ` The ring group ${names}, which rings only them, goes too.`
    : ` The ring groups ${names}, which ring only them, go too.`;
}

/** The people sharing the line, each with Remove (asked first). */
export function TeamMemberList({ team }: { team: Team }) {
  const { members } = team;
  const country = useSettingsStore(countryOf);
  const pending = useTeamStore(selectors.pending);
  const removeMember = useTeamStore(selectors.removeMember);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [inviting, setInviting] = useState<TeamMember | null>(null);

  if (members.length === 0) return <p className="team-section__empty">Nobody else is on your line yet.</p>;
  return (
    <>
      <ul className="team-section__members" aria-label="People on your line">
        {members.map((member) => (
          <li key={member.username} className="team-section__member">
            <span className="team-section__name">{member.displayName}</span>
            <span className="team-section__reach">{memberReach(member, country)}</span>
            <button
              type="button"
              className="secondary-button"
              aria-label={`Invite ${member.displayName}`}
              onClick={() => setInviting(member)}
            >
              Invite
            </button>
            <button
              type="button"
              className="secondary-button"
              aria-label={`Remove ${member.displayName}`}
              onClick={() => setRemoving(member)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {inviting && <InviteMemberDialog member={inviting} onClose={() => setInviting(null)} />}
      {removing && (
        <ConfirmDialog
          classes={accountConfirmClasses}
          title={`Remove ${removing.displayName}?`}
          message={`${removing.displayName}’s Dialtone stops working on your line${
            removing.phoneNumber ? ', and calls to their number go back where they went before' : ''
          }. The number stays on your Twilio account.${groupsGoing(team, removing.username)}`}
          confirmLabel="Remove"
          busyLabel="Removing…"
          danger
          busy={pending?.kind === 'remove'}
          onConfirm={() => void removeMember(removing.username).finally(() => setRemoving(null))}
          onCancel={() => setRemoving(null)}
          fallbackFocus={() => null}
        />
      )}
    </>
  );
}
