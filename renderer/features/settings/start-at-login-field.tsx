import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

export function StartAtLoginField({ value }: { value: boolean }) {
  const id = useId();
  const t = useT();
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
        <label htmlFor={id}>{t('settings.startAtLoginLabel')}</label>
      </div>
      <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
        {t(
          available
            ? 'settings.startAtLoginHint'
            : desktop
              ? 'settings.startAtLoginUnsupported'
              : 'settings.desktopOnly',
        )}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}
