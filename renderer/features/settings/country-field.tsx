import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import { countryOptions } from './country-options';

export function CountryField({ value }: { value: string }) {
  const id = useId();
  const t = useT();
  const { locale } = useIntl();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('defaultCountry'));

  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        {t('settings.countryLabel')}
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t('settings.countryHint')}
      </p>
      <select
        id={id}
        className="settings-select"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void update('defaultCountry', event.target.value)}
      >
        {countryOptions(locale).map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
      <SaveStatus save={save} />
    </div>
  );
}
