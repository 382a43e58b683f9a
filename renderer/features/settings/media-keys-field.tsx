import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

/** The play/pause key answers and hangs up: for keyboards, and headsets whose buttons only send media keys. */
export function MediaKeysField({ value }: { value: boolean }) {
  const t = useT();
  const id = useId();
  const available = useAppInfoStore(appInfoSelectors.hasGlobalShortcuts);
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('mediaKeys'));

  return (
    <div className="settings-field">
      <div className="settings-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={value}
          disabled={!available}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void update('mediaKeys', event.target.checked)}
        />
        <label htmlFor={id}>{t('settings.mediaKeysLabel')}</label>
      </div>
      <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
        {t(available ? 'settings.mediaKeysHint' : 'settings.mediaKeysDesktopOnly')}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}
