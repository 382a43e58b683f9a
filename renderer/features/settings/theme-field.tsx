import { useId } from 'react';
import type { Theme } from '../../../shared/models/settings';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

// A local list, not `themes` from shared/models, so zod stays out of the bundle.
const themeOptions: { theme: Theme; label: string }[] = [
  { theme: 'system', label: 'System' },
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
];

export function ThemeField({ value }: { value: Theme }) {
  const name = useId();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('theme'));

  return (
    <fieldset className="settings-field settings-fieldset" aria-describedby={`${name}-hint`}>
      <legend className="settings-field__label">Theme</legend>
      <p className="settings-field__hint" id={`${name}-hint`}>
        System follows your computer's light or dark setting.
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
            {label}
          </label>
        ))}
      </div>
      <SaveStatus save={save} />
    </fieldset>
  );
}
