import { useId, useState } from 'react';
import { voiceGeoPermissionsUrl } from '../../../shared/models/twilio-setup-names';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { addableCountryOptions, allowedCountryOptions } from './allowed-countries-text';
import { ProblemAlert } from './problem-alert';

/**
 * Which countries the Twilio line may call, in the setup and in Settings. Each change is saved at once;
 * once the routing is on Twilio, it changes there too.
 */
export function AllowedCountriesField({ showProblem = false }: { showProblem?: boolean }) {
  const id = useId();
  const allowed = useSetupStore(selectors.allowedCountries);
  const busy = useSetupStore(selectors.busy);
  const problem = useSetupStore(selectors.problem);
  const setAllowedCountries = useSetupStore((state) => state.setAllowedCountries);
  const addable = addableCountryOptions(allowed);
  const [choice, setChoice] = useState('');
  const [failed, setFailed] = useState(false);
  const toAdd = addable.some((country) => country.code === choice) ? choice : '';

  async function save(countries: string[]) {
    if (busy) return;
    const saved = await setAllowedCountries(countries);
    setFailed(!saved);
    if (saved) setChoice('');
  }

  return (
    <div className="settings-field allowed-countries" role="group" aria-labelledby={`${id}-label`}>
      <p className="settings-field__label" id={`${id}-label`}>
        Calls to other countries
      </p>
      <p className="settings-field__hint">
        Dialtone calls phone numbers only in the countries listed here. Anyone who learned your phone’s sign-in could
        otherwise run up a large bill calling expensive numbers abroad (toll fraud).
      </p>
      {allowed.length === 0 ? (
        <p className="allowed-countries__empty">No country: Dialtone calls no phone numbers, only your own line.</p>
      ) : (
        <ul className="allowed-countries__list" aria-label="Countries your line may call">
          {allowedCountryOptions(allowed).map((country) => (
            <li key={country.code} className="allowed-countries__item">
              <span>{country.name}</span>
              <button
                type="button"
                className="secondary-button"
                aria-label={`Remove ${country.name}`}
                aria-disabled={busy || undefined}
                onClick={() => void save(allowed.filter((code) => code !== country.code))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="allowed-countries__add">
        <label className="visually-hidden" htmlFor={`${id}-add`}>
          Country to add
        </label>
        <select
          id={`${id}-add`}
          className="settings-select"
          value={toAdd}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">Choose a country</option>
          {addable.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary-button"
          aria-disabled={busy || toAdd === '' || undefined}
          onClick={() => toAdd !== '' && void save([...allowed, toAdd])}
        >
          Add country
        </button>
      </div>
      {showProblem && failed && problem && <ProblemAlert problem={problem} />}
      <p className="settings-field__hint">
        Twilio keeps a list of its own for your whole account, Voice Geographic Permissions: a call goes through only if
        both lists allow its country, and Twilio’s also blocks the number ranges it knows are used for fraud. Keep both
        as short as you can.
      </p>
      <p className="settings-field__hint">
        <a href={voiceGeoPermissionsUrl} target="_blank" rel="noreferrer">
          Voice Geographic Permissions in the Twilio Console
          <span className="visually-hidden"> (opens in your browser)</span>
        </a>
      </p>
    </div>
  );
}
