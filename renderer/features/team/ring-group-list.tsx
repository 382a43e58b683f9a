import { useState } from 'react';
import type { RingGroup, Team } from '../../../shared/models/team';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { useT } from '../../i18n/use-t';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { accountConfirmClasses } from '../accounts/remove-account-dialog';
import { nameOf } from './team-numbers';

/** The ring groups: name, number and who each rings, each with Remove (asked first). */
export function RingGroupList({ team, lineNumber }: { team: Team; lineNumber: string }) {
  const t = useT();
  const country = useSettingsStore(countryOf);
  const pending = useTeamStore(selectors.pending);
  const removeRingGroup = useTeamStore(selectors.removeRingGroup);
  const [removing, setRemoving] = useState<RingGroup | null>(null);

  if (team.ringGroups.length === 0) return <p className="team-section__empty">{t('team.noRingGroups')}</p>;
  return (
    <>
      <ul className="team-section__members" aria-label={t('team.ringGroups')}>
        {team.ringGroups.map((group) => (
          <li key={group.phoneNumber} className="team-section__member team-section__group">
            <span className="team-section__name">{group.name}</span>
            <span className="team-section__reach">
              {t('team.groupRings', {
                number: formatPhoneForDisplay(group.phoneNumber, country),
                people: group.members.map((username) => nameOf(team, lineNumber, username, t)).join(', '),
              })}
            </span>
            <button
              type="button"
              className="secondary-button"
              aria-label={t('team.removeGroupWho', { name: group.name })}
              onClick={() => setRemoving(group)}
            >
              {t('team.remove')}
            </button>
          </li>
        ))}
      </ul>
      {removing && (
        <ConfirmDialog
          classes={accountConfirmClasses}
          title={t('team.removeGroupTitle', { name: removing.name })}
          message={t('team.removeGroup', { number: formatPhoneForDisplay(removing.phoneNumber, country) })}
          confirmLabel={t('team.remove')}
          busyLabel={t('team.removing')}
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
