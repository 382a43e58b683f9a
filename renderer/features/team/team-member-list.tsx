import { useState } from 'react';
import type { Team, TeamMember } from '../../../shared/models/team';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { accountConfirmClasses } from '../accounts/remove-account-dialog';
import { InviteMemberDialog } from './invite-member-dialog';

/** How the others reach this person: their number, or their username, and their extension. */
export function memberReach(member: TeamMember, country: string, t: Translate): string {
  const address = member.phoneNumber ? formatPhoneForDisplay(member.phoneNumber, country) : member.username;
  return member.extension ? t('team.reachWithExtension', { address, extension: member.extension }) : address;
}

/** The ring groups that ring only this person, which go with them, said for the confirmation. */
function groupsGoing(team: Team, username: string, t: Translate): string | null {
  const going = team.ringGroups.filter((group) => group.members.length === 1 && group.members[0] === username);
  if (going.length === 0) return null;
  const names = going.map((group) => group.name).join(', ');
  return t('team.groupsGoing', { count: going.length, names });
}

/** What removing a person does, said in the confirmation. */
export function removeMemberText(team: Team, member: TeamMember, t: Translate): string {
  const name = member.displayName;
  const removed = t(member.phoneNumber ? 'team.removeMemberWithNumber' : 'team.removeMember', { name });
  return [removed, groupsGoing(team, member.username, t)].filter(Boolean).join(' ');
}

/** The people sharing the line, each with Remove (asked first). */
export function TeamMemberList({ team }: { team: Team }) {
  const { members } = team;
  const t = useT();
  const country = useSettingsStore(countryOf);
  const pending = useTeamStore(selectors.pending);
  const removeMember = useTeamStore(selectors.removeMember);
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [inviting, setInviting] = useState<TeamMember | null>(null);

  if (members.length === 0) return <p className="team-section__empty">{t('team.nobodyYet')}</p>;
  return (
    <>
      <ul className="team-section__members" aria-label={t('team.peopleOnLine')}>
        {members.map((member) => (
          <li key={member.username} className="team-section__member">
            <span className="team-section__name">{member.displayName}</span>
            <span className="team-section__reach">{memberReach(member, country, t)}</span>
            <button
              type="button"
              className="secondary-button"
              aria-label={t('team.inviteWho', { name: member.displayName })}
              onClick={() => setInviting(member)}
            >
              {t('team.invite')}
            </button>
            <button
              type="button"
              className="secondary-button"
              aria-label={t('team.removeWho', { name: member.displayName })}
              onClick={() => setRemoving(member)}
            >
              {t('team.remove')}
            </button>
          </li>
        ))}
      </ul>
      {inviting && <InviteMemberDialog member={inviting} onClose={() => setInviting(null)} />}
      {removing && (
        <ConfirmDialog
          classes={accountConfirmClasses}
          title={t('team.removeMemberTitle', { name: removing.displayName })}
          message={removeMemberText(team, removing, t)}
          confirmLabel={t('team.remove')}
          busyLabel={t('team.removing')}
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
