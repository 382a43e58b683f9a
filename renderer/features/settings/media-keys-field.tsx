import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { SettingsCheckboxField } from './settings-checkbox-field';

/** The play/pause key answers and hangs up: for keyboards, and headsets whose buttons only send media keys. */
export function MediaKeysField({ value }: { value: boolean }) {
  const t = useT();
  const available = useAppInfoStore(appInfoSelectors.hasGlobalShortcuts);
  return (
    <SettingsCheckboxField
      setting="mediaKeys"
      value={value}
      disabled={!available}
      label={t('settings.mediaKeysLabel')}
      hint={t(available ? 'settings.mediaKeysHint' : 'settings.mediaKeysDesktopOnly')}
    />
  );
}
