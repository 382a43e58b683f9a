import type { Translate } from '../../i18n/message-values';
import { views, type View } from '../../stores/navigation/navigation.store';

export interface ShortcutKey {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Ctrl+1..6 (Cmd on a Mac) pick the nth view. The physical key counts, so AZERTY works too. */
export function viewForShortcut(event: ShortcutKey): View | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : null);
  if (digit === null) return null;
  return views[Number(digit) - 1] ?? null;
}

export type CallShortcut = 'answer' | 'hang-up' | 'mute';

const callShortcutKeys: Record<string, CallShortcut> = { KeyA: 'answer', KeyH: 'hang-up', KeyM: 'mute' };
const callShortcutLetters: Record<CallShortcut, string> = { answer: 'A', 'hang-up': 'H', mute: 'M' };

/** Ctrl+Shift+A answers, Ctrl+Shift+H hangs up or declines, Ctrl+Shift+M mutes (Cmd on a Mac). */
export function callShortcutFor(event: ShortcutKey): CallShortcut | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || !event.shiftKey) return null;
  // The letter printed on the key counts first (AZERTY's A is where QWERTY has Q); the physical key
  // is the fallback for layouts without Latin letters.
  const byLetter = /^[a-z]$/i.test(event.key) ? `Key${event.key.toUpperCase()}` : event.code;
  return callShortcutKeys[byLetter] ?? null;
}

/** The shortcut as shown in titles ("Ctrl+Shift+H", "Strg+Umschalt+H", "⇧⌘H") and as aria-keyshortcuts wants it. */
export function callShortcutLabel(
  shortcut: CallShortcut,
  isMac: boolean,
  t: Translate,
): { text: string; aria: string } {
  const letter = callShortcutLetters[shortcut];
  return isMac
    ? { text: `⇧⌘${letter}`, aria: `Meta+Shift+${letter}` }
    : { text: t('shell.shortcutCtrlShift', { letter }), aria: `Control+Shift+${letter}` };
}
