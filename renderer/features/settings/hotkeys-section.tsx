import { useId } from 'react';
import type { Settings } from '../../../shared/models/settings';
import { HotkeyField } from './hotkey-field';

/** Shortcuts that work even when Dialtone is in the background (the desktop app registers them). */
export function HotkeysSection({ settings }: { settings: Settings }) {
  const headingId = useId();
  return (
    <section className="hotkeys-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        Shortcuts anywhere
      </h2>
      <div className="settings-card">
        <HotkeyField setting="hotkeyAnswer" label="Answer a call" value={settings.hotkeyAnswer} />
        <HotkeyField setting="hotkeyHangUp" label="Hang up or decline" value={settings.hotkeyHangUp} />
        <HotkeyField setting="hotkeyMute" label="Mute or unmute" value={settings.hotkeyMute} />
      </div>
    </section>
  );
}
