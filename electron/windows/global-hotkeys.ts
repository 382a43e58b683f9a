import { hotkeysUnavailable, type HotkeyState, type HotkeyStatus } from '../../shared/models/hotkey-status';
import type { Settings } from '../../shared/models/settings';
import type { Logger } from '../logging/logger';
import type { CallHotkey } from '../services/call-hotkeys';
import type { QuickDialKind } from '../services/quick-dial';

/** What is used of Electron's globalShortcut; main.ts passes it, tests pass one that behaves like it. */
export interface ShortcutRegistry {
  /** False when another application holds the combination; throws on an accelerator Electron cannot parse. */
  register(accelerator: string, callback: () => void): boolean;
  unregisterAll(): void;
}

/**
 * What a system-wide shortcut does: act on the calls there are, redial or call back, or switch the
 * line's do not disturb.
 */
export type HotkeyAction =
  | { kind: 'call'; hotkey: CallHotkey }
  | { kind: 'toggle-do-not-disturb' }
  | { kind: 'quick-dial'; dial: QuickDialKind };

const actionFor = {
  hotkeyAnswer: { kind: 'call', hotkey: 'answer' },
  hotkeyHangUp: { kind: 'call', hotkey: 'hang-up' },
  hotkeyMute: { kind: 'call', hotkey: 'mute' },
  hotkeyDoNotDisturb: { kind: 'toggle-do-not-disturb' },
  hotkeyRedial: { kind: 'quick-dial', dial: 'redial' },
  hotkeyCallBack: { kind: 'quick-dial', dial: 'callBack' },
} as const satisfies Record<keyof HotkeyStatus, HotkeyAction>;

/** The play/pause key of a keyboard, or of a headset without telephony buttons, when Settings has media keys on. */
export const mediaPlayPause = 'MediaPlayPause';

/**
 * The system-wide shortcuts, registered again whenever the settings change. One that cannot
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
    apply(settings: Settings, run: (action: HotkeyAction) => void): void {
      shortcuts.unregisterAll();
      const next = { ...status };
      for (const [setting, action] of Object.entries(actionFor) as [keyof HotkeyStatus, HotkeyAction][]) {
        const accelerator = settings[setting];
        next[setting] = accelerator === null ? 'off' : register(accelerator, () => run(action));
        if (next[setting] === 'taken' || next[setting] === 'refused') {
          logger.warn('A global shortcut could not be registered', { setting, accelerator, state: next[setting] });
        }
      }
      if (
        settings.mediaKeys &&
        register(mediaPlayPause, () => run({ kind: 'call', hotkey: 'play-pause' })) !== 'active'
      ) {
        logger.warn('The play/pause media key could not be registered', { accelerator: mediaPlayPause });
      }
      status = next;
    },
    status: (): HotkeyStatus => status,
  };
}

export type GlobalHotkeys = ReturnType<typeof createGlobalHotkeys>;
