import { globalShortcut } from 'electron';
import type { Settings } from '../../shared/models/settings';
import type { Logger } from '../logging/logger';
import type { CallHotkey } from '../services/call-hotkeys';

const settingFor: Record<CallHotkey, 'hotkeyAnswer' | 'hotkeyHangUp' | 'hotkeyMute'> = {
  answer: 'hotkeyAnswer',
  'hang-up': 'hotkeyHangUp',
  mute: 'hotkeyMute',
};

/** Registers the configured system-wide call shortcuts, again whenever the settings change. */
export function applyGlobalHotkeys(settings: Settings, run: (hotkey: CallHotkey) => void, logger: Logger): void {
  globalShortcut.unregisterAll();
  for (const [hotkey, key] of Object.entries(settingFor) as [CallHotkey, keyof Settings][]) {
    const accelerator = settings[key];
    if (typeof accelerator !== 'string') continue;
    // Another application may own the combination already; Dialtone keeps working without it.
    if (!globalShortcut.register(accelerator, () => run(hotkey))) {
      logger.warn('A global shortcut is taken by another application', { hotkey, accelerator });
    }
  }
}
