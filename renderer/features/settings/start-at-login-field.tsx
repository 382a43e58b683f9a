import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { SettingsCheckboxField } from './settings-checkbox-field';

export function StartAtLoginField({ value }: { value: boolean }) {
  const t = useT();
  const available = useAppInfoStore(appInfoSelectors.canStartAtLogin);
  const desktop = useAppInfoStore(appInfoSelectors.isDesktop);
  const hint = available
    ? 'settings.startAtLoginHint'
    : desktop
      ? 'settings.startAtLoginUnsupported'
      : 'settings.desktopOnly';
  return (
    <SettingsCheckboxField
      setting="startAtLogin"
      value={value}
      disabled={!available}
      label={t('settings.startAtLoginLabel')}
      hint={t(hint)}
    />
  );
}
