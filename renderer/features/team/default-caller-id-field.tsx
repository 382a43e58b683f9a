import { useId } from 'react';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors as setupSelectors, useSetupStore } from '../../stores/setup/setup.store';
import { selectors, useTeamStore } from '../../stores/team/team.store';

const hint =
  'The number phones show when someone without a number of their own calls them. It must be one of your Twilio numbers.';

/** The caller ID of people without a number when they call the phone network; saved when chosen. */
export function DefaultCallerIdField({ value }: { value: string | null }) {
  const id = useId();
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
        Caller ID for people without a number
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <select
        id={id}
        className="settings-select"
        value={value ?? ''}
        aria-describedby={`${id}-hint`}
        disabled={pending !== null}
        onChange={(event) => void setDefaultCallerId(event.target.value || null)}
      >
        <option value="">None: they can call only the team</option>
        {options.map((number) => (
          <option key={number} value={number}>
            {formatPhoneForDisplay(number, country)}
          </option>
        ))}
      </select>
    </div>
  );
}
