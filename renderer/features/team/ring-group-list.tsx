import { useState } from 'react';
import type { RingGroup, Team } from '../../../shared/models/team';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { accountConfirmClasses } from '../accounts/remove-account-dialog';
import { nameOf } from './team-numbers';

/** The ring groups: name, number and who each rings, each with Remove (asked first). */
export function RingGroupList({ team, lineNumber }: { team: Team; lineNumber: string }) {
  const country = useSettingsStore(countryOf);
  const pending = useTeamStore(selectors.pending);
  const removeRingGroup = useTeamStore(selectors.removeRingGroup);
  const [removing, setRemoving] = useState<RingGroup | null>(null);

  if (team.ringGroups.length === 0) return <p className="team-section__empty">No ring groups yet.</p>;
  return (
    <>
      <ul className="team-section__members" aria-label="Ring groups">
        {team.ringGroups.map((group) => (
          <li key={group.phoneNumber} className="team-section__member team-section__group">
            <span className="team-section__name">{group.name}</span>
            <span className="team-section__reach">
              {formatPhoneForDisplay(group.phoneNumber, country)} · rings{' '}
              {group.members.map((username) => nameOf(team, lineNumber, username)).join(', ')}
            </span>
            <button
              type="button"
              className="secondary-button"
              aria-label={`Remove ring group ${group.name}`}
              onClick={() => setRemoving(group)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {removing && (
        <ConfirmDialog
          classes={accountConfirmClasses}
          title={`Remove the ring group ${removing.name}?`}
          message={`Calls to ${formatPhoneForDisplay(removing.phoneNumber, country)} stop ringing the group and go back where they went before. The number stays on your Twilio account.`}
          confirmLabel="Remove"
          busyLabel="Removing…"
          danger
          busy={pending?.kind === 'remove-group'}
          onConfirm={() => void removeRingGroup(removing.phoneNumber).finally(() => setRemoving(null))}
          onCancel={() => setRemoving(null)}
          fallbackFocus={() => null}
        />
      )}
    </>
  );
}
