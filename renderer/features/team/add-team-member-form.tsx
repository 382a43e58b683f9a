import { useEffect, useId, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { AddTeamMember, Team } from '../../../shared/models/team';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors as setupSelectors, useSetupStore } from '../../stores/setup/setup.store';
import { useT } from '../../i18n/use-t';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { fieldAria, FieldShell } from '../../ui/field-shell';
import { freeNumbers } from './team-numbers';
import { fieldErrors } from '../wizard/setup-schemas';
import { useTeamSchemas } from './team-schemas';

type Kind = AddTeamMember['kind'];
type Field = 'displayName' | 'phoneNumber' | 'username' | 'extension';

interface Draft {
  kind: Kind;
  displayName: string;
  phoneNumber: string;
  username: string;
  extension: string;
}

const emptyDraft: Draft = { kind: 'number', displayName: '', phoneNumber: '', username: '', extension: '' };

function requestOf(draft: Draft): AddTeamMember {
  const extension = draft.extension.trim() || null;
  const displayName = draft.displayName.trim();
  return draft.kind === 'number'
    ? { kind: 'number', displayName, phoneNumber: draft.phoneNumber, extension }
    : { kind: 'extension', displayName, username: draft.username.trim(), extension };
}

/** Adds a person: with one of the account's numbers (not the line's, nor anyone's or a group's already), or by name. */
export function AddTeamMemberForm({ team, lineNumber }: { team: Team; lineNumber: string }) {
  const id = useId();
  const t = useT();
  const intl = useIntl();
  const schemas = useTeamSchemas();
  const country = useSettingsStore(countryOf);
  const owned = useSetupStore(setupSelectors.owned);
  const listOwnedNumbers = useSetupStore((state) => state.listOwnedNumbers);
  const pending = useTeamStore(selectors.pending);
  const addMember = useTeamStore(selectors.addMember);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [tried, setTried] = useState(false);

  useEffect(() => void listOwnedNumbers(), [listOwnedNumbers]);
  const free = freeNumbers(owned.items, team, lineNumber);
  const errors = tried && schemas ? fieldErrors<Field>(schemas.addTeamMemberSchema, requestOf(draft), intl) : {};
  const change = (field: keyof Draft, value: string) => setDraft((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!schemas || !schemas.addTeamMemberSchema.safeParse(requestOf(draft)).success) return;
    if (await addMember(requestOf(draft))) {
      setDraft({ ...emptyDraft, kind: draft.kind });
      setTried(false);
    }
  }

  const hints = {
    phoneNumber: t('team.theirNumberHint'),
    username: t('team.usernameHint'),
    extension: t('team.extensionHint'),
  };
  return (
    <form
      className="settings-field team-section__add"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={`${id}-title`} className="team-section__add-title">
        {t('team.addPerson')}
      </h3>
      <fieldset className="team-section__kind">
        <legend>{t('team.howReached')}</legend>
        {(['number', 'extension'] as const).map((kind) => (
          <label key={kind} className="settings-radio">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={draft.kind === kind}
              onChange={() => change('kind', kind)}
            />
            {t(kind === 'number' ? 'team.withMyNumber' : 'team.byName')}
          </label>
        ))}
      </fieldset>
      <FieldShell id={`${id}-name`} label={t('team.name')} error={errors.displayName}>
        <input
          id={`${id}-name`}
          className="account-input"
          value={draft.displayName}
          maxLength={64}
          onChange={(event) => change('displayName', event.target.value)}
          {...fieldAria(`${id}-name`, undefined, errors.displayName)}
        />
      </FieldShell>
      {draft.kind === 'number' ? (
        <FieldShell
          id={`${id}-number`}
          label={t('team.theirNumber')}
          hint={hints.phoneNumber}
          error={errors.phoneNumber}
        >
          <select
            id={`${id}-number`}
            className="settings-select"
            value={draft.phoneNumber}
            onChange={(event) => change('phoneNumber', event.target.value)}
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
      ) : (
        <FieldShell id={`${id}-username`} label={t('team.username')} hint={hints.username} error={errors.username}>
          <input
            id={`${id}-username`}
            className="account-input"
            value={draft.username}
            maxLength={32}
            autoCapitalize="none"
            onChange={(event) => change('username', event.target.value)}
            {...fieldAria(`${id}-username`, hints.username, errors.username)}
          />
        </FieldShell>
      )}
      <FieldShell
        id={`${id}-extension`}
        label={t('team.extension')}
        optional
        hint={hints.extension}
        error={errors.extension}
      >
        <input
          id={`${id}-extension`}
          className="account-input"
          inputMode="numeric"
          value={draft.extension}
          maxLength={5}
          onChange={(event) => change('extension', event.target.value)}
          {...fieldAria(`${id}-extension`, hints.extension, errors.extension)}
        />
      </FieldShell>
      <button type="submit" className="button" aria-disabled={pending !== null || undefined}>
        {t(pending?.kind === 'add' ? 'team.adding' : 'team.addPersonButton')}
      </button>
    </form>
  );
}
