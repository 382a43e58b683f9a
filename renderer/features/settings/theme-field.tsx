import { useId } from 'react';
import type { Theme } from '../../../shared/models/settings';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

// A local list, not `themes` from shared/models, so zod stays out of the bundle.
const themeOptions: { theme: Theme; label: MessageId }[] = [
  { theme: 'system', label: 'settings.themeSystem' },
  { theme: 'light', label: 'settings.themeLight' },
  { theme: 'dark', label: 'settings.themeDark' },
];

export function ThemeField({ value }: { value: Theme }) {
  const name = useId();
  const t = useT();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('theme'));

  return (
    <fieldset className="settings-field settings-fieldset" aria-describedby={`${name}-hint`}>
      <legend className="settings-field__label">{t('settings.themeLegend')}</legend>
      <p className="settings-field__hint" id={`${name}-hint`}>
        {t('settings.themeHint')}
      </p>
      <div className="settings-radios">
        {themeOptions.map(({ theme, label }) => (
          <label key={theme} className="settings-radio">
            <input
              type="radio"
              name={name}
              value={theme}
              checked={value === theme}
              onChange={() => void update('theme', theme)}
            />
            {t(label)}
          </label>
        ))}
      </div>
      <SaveStatus save={save} />
    </fieldset>
  );
}
