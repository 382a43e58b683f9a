import { views, type View } from '../../stores/navigation/navigation.store';

export interface ShortcutKey {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Ctrl+1..4 (Cmd on a Mac) pick the nth view. The physical key counts, so AZERTY works too. */
export function viewForShortcut(event: ShortcutKey): View | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const digit = /^Digit([1-9])$/.exec(event.code)?.[1] ?? (/^[1-9]$/.test(event.key) ? event.key : null);
  if (digit === null) return null;
  return views[Number(digit) - 1] ?? null;
}
