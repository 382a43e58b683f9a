import { useId } from 'react';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

export function StartAtLoginField({ value }: { value: boolean }) {
  const id = useId();
  const available = useAppInfoStore(appInfoSelectors.canStartAtLogin);
  const desktop = useAppInfoStore(appInfoSelectors.isDesktop);
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('startAtLogin'));

  return (
    <div className="settings-field">
      <div className="settings-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={value}
          disabled={!available}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void update('startAtLogin', event.target.checked)}
        />
        <label htmlFor={id}>Start Dialtone when I log in</label>
      </div>
      <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
        {available
          ? 'Dialtone starts in the background, so you can take calls as soon as you log in.'
          : desktop
            ? "This system does not let apps start themselves at login: add Dialtone to your desktop's startup applications."
            : 'Available in the desktop app'}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}
