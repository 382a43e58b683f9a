import { hotkeysUnavailable, type HotkeyState, type HotkeyStatus } from '../../shared/models/hotkey-status';
import type { Settings } from '../../shared/models/settings';
import type { Logger } from '../logging/logger';
import type { CallHotkey } from '../services/call-hotkeys';

/** What is used of Electron's globalShortcut; main.ts passes it, tests pass one that behaves like it. */
export interface ShortcutRegistry {
  /** False when another application holds the combination; throws on an accelerator Electron cannot parse. */
  register(accelerator: string, callback: () => void): boolean;
  unregisterAll(): void;
}

const settingFor = {
  answer: 'hotkeyAnswer',
  'hang-up': 'hotkeyHangUp',
  mute: 'hotkeyMute',
} as const satisfies Record<CallHotkey, keyof HotkeyStatus>;

/**
 * The system-wide call shortcuts, registered again whenever the settings change. One that cannot
 * be registered (taken by another application, or refused) is reported in its status for Settings
 * to show next to it, and logged; Dialtone keeps working without it.
 */
export function createGlobalHotkeys(shortcuts: ShortcutRegistry, logger: Logger) {
  let status: HotkeyStatus = hotkeysUnavailable;

  function register(accelerator: string, onPress: () => void): HotkeyState {
    try {
      return shortcuts.register(accelerator, onPress) ? 'active' : 'taken';
    } catch {
      return 'refused';
    }
  }

  return {
    apply(settings: Settings, run: (hotkey: CallHotkey) => void): void {
      shortcuts.unregisterAll();
      const next = { ...status };
      for (const [hotkey, key] of Object.entries(settingFor) as [CallHotkey, keyof HotkeyStatus][]) {
        const accelerator = settings[key];
        next[key] = accelerator === null ? 'off' : register(accelerator, () => run(hotkey));
        if (next[key] === 'taken' || next[key] === 'refused') {
          logger.warn('A global shortcut could not be registered', { hotkey, accelerator, state: next[key] });
        }
      }
      status = next;
    },
    status: (): HotkeyStatus => status,
  };
}

export type GlobalHotkeys = ReturnType<typeof createGlobalHotkeys>;
