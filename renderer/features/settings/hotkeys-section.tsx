import { useEffect, useId } from 'react';
import type { Settings } from '../../../shared/models/settings';
import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { HotkeyField } from './hotkey-field';
import { MediaKeysField } from './media-keys-field';

/** Shortcuts that work even when Dialtone is in the background (the desktop app registers them). */
export function HotkeysSection({ settings }: { settings: Settings }) {
  const headingId = useId();
  const t = useT();
  const available = useAppInfoStore(appInfoSelectors.hasGlobalShortcuts);
  const loadHotkeyStatus = useSettingsStore(selectors.loadHotkeyStatus);
  useEffect(() => {
    if (available) void loadHotkeyStatus();
  }, [available, loadHotkeyStatus]);
  return (
    <section className="hotkeys-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('settings.hotkeysHeading')}
      </h2>
      <div className="settings-card">
        <HotkeyField setting="hotkeyAnswer" label={t('settings.hotkeyAnswer')} value={settings.hotkeyAnswer} />
        <HotkeyField setting="hotkeyHangUp" label={t('settings.hotkeyHangUp')} value={settings.hotkeyHangUp} />
        <HotkeyField setting="hotkeyMute" label={t('settings.hotkeyMute')} value={settings.hotkeyMute} />
        <HotkeyField
          setting="hotkeyDoNotDisturb"
          label={t('settings.hotkeyDoNotDisturb')}
          value={settings.hotkeyDoNotDisturb}
        />
        <HotkeyField setting="hotkeyRedial" label={t('settings.hotkeyRedial')} value={settings.hotkeyRedial} />
        <HotkeyField setting="hotkeyCallBack" label={t('settings.hotkeyCallBack')} value={settings.hotkeyCallBack} />
        <MediaKeysField value={settings.mediaKeys} />
      </div>
    </section>
  );
}
