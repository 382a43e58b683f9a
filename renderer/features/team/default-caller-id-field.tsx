import { useId } from 'react';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors as setupSelectors, useSetupStore } from '../../stores/setup/setup.store';
import { useT } from '../../i18n/use-t';
import { selectors, useTeamStore } from '../../stores/team/team.store';

/** The caller ID of people without a number when they call the phone network; saved when chosen. */
export function DefaultCallerIdField({ value }: { value: string | null }) {
  const id = useId();
  const t = useT();
  const country = useSettingsStore(countryOf);
  const owned = useSetupStore(setupSelectors.owned);
  const pending = useTeamStore(selectors.pending);
  const setDefaultCallerId = useTeamStore(selectors.setDefaultCallerId);
  const numbers = owned.items.map((number) => number.phoneNumber);
  // What is saved stays listed while the numbers load, or if it left the account.
  const options = value && !numbers.includes(value) ? [value, ...numbers] : numbers;

  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        {t('team.callerIdLabel')}
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t('team.callerIdHint')}
      </p>
      <select
        id={id}
        className="settings-select"
        value={value ?? ''}
        aria-describedby={`${id}-hint`}
        disabled={pending !== null}
        onChange={(event) => void setDefaultCallerId(event.target.value || null)}
      >
        <option value="">{t('team.callerIdNone')}</option>
        {options.map((number) => (
          <option key={number} value={number}>
            {formatPhoneForDisplay(number, country)}
          </option>
        ))}
      </select>
    </div>
  );
}
