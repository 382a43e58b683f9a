import { useId } from 'react';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import { countryOptions } from './country-options';

export function CountryField({ value }: { value: string }) {
  const id = useId();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('defaultCountry'));

  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        Default country for phone numbers
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        Numbers you type without a + and country code are read as numbers in this country.
      </p>
      <select
        id={id}
        className="settings-select"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void update('defaultCountry', event.target.value)}
      >
        {countryOptions().map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
      <SaveStatus save={save} />
    </div>
  );
}
