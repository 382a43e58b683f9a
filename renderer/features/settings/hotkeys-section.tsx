import { useEffect, useId } from 'react';
import type { Settings } from '../../../shared/models/settings';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { HotkeyField } from './hotkey-field';

/** Shortcuts that work even when Dialtone is in the background (the desktop app registers them). */
export function HotkeysSection({ settings }: { settings: Settings }) {
  const headingId = useId();
  const available = useAppInfoStore(appInfoSelectors.hasGlobalShortcuts);
  const loadHotkeyStatus = useSettingsStore(selectors.loadHotkeyStatus);
  useEffect(() => {
    if (available) void loadHotkeyStatus();
  }, [available, loadHotkeyStatus]);
  return (
    <section className="hotkeys-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        Shortcuts anywhere
      </h2>
      <div className="settings-card">
        <HotkeyField setting="hotkeyAnswer" label="Answer a call" value={settings.hotkeyAnswer} />
        <HotkeyField setting="hotkeyHangUp" label="Hang up or decline" value={settings.hotkeyHangUp} />
        <HotkeyField setting="hotkeyMute" label="Mute or unmute" value={settings.hotkeyMute} />
        <HotkeyField
          setting="hotkeyDoNotDisturb"
          label="Do not disturb on or off"
          value={settings.hotkeyDoNotDisturb}
        />
      </div>
    </section>
  );
}
