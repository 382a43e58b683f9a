import { useId, useState } from 'react';
import { voiceGeoPermissionsUrl } from '../../../shared/models/twilio-setup-names';
import { useT } from '../../i18n/use-t';
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
  const t = useT();
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
        {t('wizard.countriesLabel')}
      </p>
      <p className="settings-field__hint">{t('wizard.countriesHint')}</p>
      {allowed.length === 0 ? (
        <p className="allowed-countries__empty">{t('wizard.countriesNone')}</p>
      ) : (
        <ul className="allowed-countries__list" aria-label={t('wizard.countriesListLabel')}>
          {allowedCountryOptions(allowed).map((country) => (
            <li key={country.code} className="allowed-countries__item">
              <span>{country.name}</span>
              <button
                type="button"
                className="secondary-button"
                aria-label={t('wizard.countriesRemove', { country: country.name })}
                aria-disabled={busy || undefined}
                onClick={() => void save(allowed.filter((code) => code !== country.code))}
              >
                {t('wizard.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="allowed-countries__add">
        <label className="visually-hidden" htmlFor={`${id}-add`}>
          {t('wizard.countriesToAdd')}
        </label>
        <select
          id={`${id}-add`}
          className="settings-select"
          value={toAdd}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">{t('wizard.countriesChoose')}</option>
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
          {t('wizard.countriesAdd')}
        </button>
      </div>
      {showProblem && failed && problem && <ProblemAlert problem={problem} />}
      <p className="settings-field__hint">{t('wizard.countriesTwilioList')}</p>
      <p className="settings-field__hint">
        <a href={voiceGeoPermissionsUrl} target="_blank" rel="noreferrer">
          {t('wizard.countriesGeoPermissionsLink')}
          <span className="visually-hidden">{t('wizard.opensInBrowser')}</span>
        </a>
      </p>
    </div>
  );
}
