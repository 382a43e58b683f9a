import { useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { RingGroup, Team } from '../../../shared/models/team';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors as setupSelectors, useSetupStore } from '../../stores/setup/setup.store';
import { useT } from '../../i18n/use-t';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { fieldAria, FieldShell } from '../../ui/field-shell';
import { freeNumbers, nameOf } from './team-numbers';
import { fieldErrors } from '../wizard/setup-schemas';
import { useTeamSchemas } from './team-schemas';

type Field = keyof RingGroup;

const emptyDraft: RingGroup = { name: '', phoneNumber: '', members: [] };

/** Makes a ring group: a name, one of the account's free numbers, and who it rings (the owner too). */
export function AddRingGroupForm({ team, lineNumber }: { team: Team; lineNumber: string }) {
  const id = useId();
  const t = useT();
  const intl = useIntl();
  const hints = { phoneNumber: t('team.groupNumberHint'), members: t('team.groupMembersHint') };
  const schemas = useTeamSchemas();
  const country = useSettingsStore(countryOf);
  const owned = useSetupStore(setupSelectors.owned);
  const pending = useTeamStore(selectors.pending);
  const addRingGroup = useTeamStore(selectors.addRingGroup);
  const [draft, setDraft] = useState<RingGroup>(emptyDraft);
  const [tried, setTried] = useState(false);

  const free = freeNumbers(owned.items, team, lineNumber);
  const people = [lineNumber, ...team.members.map((member) => member.username)];
  const request = { ...draft, name: draft.name.trim() };
  const errors = tried && schemas ? fieldErrors<Field>(schemas.ringGroupSchema, request, intl) : {};
  const toggle = (username: string, ticked: boolean) =>
    setDraft((current) => ({
      ...current,
      // Kept in the order the people are listed, whatever order they were ticked in.
      members: people.filter((name) => (name === username ? ticked : current.members.includes(name))),
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!schemas || !schemas.ringGroupSchema.safeParse(request).success) return;
    if (await addRingGroup(request)) {
      setDraft(emptyDraft);
      setTried(false);
    }
  }

  return (
    <form
      className="settings-field team-section__add"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={`${id}-title`} className="team-section__add-title">
        {t('team.addRingGroup')}
      </h3>
      <FieldShell id={`${id}-name`} label={t('team.groupName')} error={errors.name}>
        <input
          id={`${id}-name`}
          className="account-input"
          value={draft.name}
          maxLength={64}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          {...fieldAria(`${id}-name`, undefined, errors.name)}
        />
      </FieldShell>
      <FieldShell id={`${id}-number`} label={t('team.groupNumber')} hint={hints.phoneNumber} error={errors.phoneNumber}>
        <select
          id={`${id}-number`}
          className="settings-select"
          value={draft.phoneNumber}
          onChange={(event) => setDraft({ ...draft, phoneNumber: event.target.value })}
          {...fieldAria(`${id}-number`, hints.phoneNumber, errors.phoneNumber)}
        >
          <option value="">{t(owned.status === 'loading' ? 'team.loadingNumbers' : 'team.chooseNumber')}</option>
          {free.map((number) => (
            <option key={number.sid} value={number.phoneNumber}>
              {formatPhoneForDisplay(number.phoneNumber, country)}
            </option>
          ))}
        </select>
      </FieldShell>
      <fieldset
        className="account-form__field team-section__ringing"
        aria-describedby={fieldAria(`${id}-members`, hints.members, errors.members)['aria-describedby']}
      >
        <legend className="account-form__label">{t('team.whoItRings')}</legend>
        <p className="account-form__hint" id={`${id}-members-hint`}>
          {hints.members}
        </p>
        {people.map((username) => (
          <div key={username} className="settings-checkbox">
            <input
              id={`${id}-member-${username}`}
              type="checkbox"
              checked={draft.members.includes(username)}
              onChange={(event) => toggle(username, event.target.checked)}
            />
            <label htmlFor={`${id}-member-${username}`}>{nameOf(team, lineNumber, username, t)}</label>
          </div>
        ))}
        {errors.members !== undefined && (
          <p className="account-form__error" id={`${id}-members-error`}>
            {errors.members}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button" aria-disabled={pending !== null || undefined}>
        {t(pending?.kind === 'add-group' ? 'team.adding' : 'team.addRingGroupButton')}
      </button>
    </form>
  );
}
