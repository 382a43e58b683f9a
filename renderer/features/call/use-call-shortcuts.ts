import { assertNever } from '../../../shared/assert-never';
import { useEffect } from 'react';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { callShortcutFor, type CallShortcut } from '../shell/nav-shortcuts';

/** Same rules as the system-wide shortcuts: answer the longest-ringing call, hang up before declining. */
export function runCallShortcut(shortcut: CallShortcut): void {
  const calls = useCallsStore.getState();
  const ringing = selectors.ringing(calls)[0];
  const current = selectors.current(calls);
  const talking = current && !current.onHold ? current : null;
  switch (shortcut) {
    case 'answer':
      if (ringing) void calls.answer(ringing.id);
      return;
    case 'hang-up':
      if (talking) void calls.hangUp(talking.id);
      else if (ringing) void calls.decline(ringing.id);
      return;
    case 'mute':
      if (talking) void calls.setMuted(talking.id, !talking.muted);
      return;
    default:
      assertNever(shortcut);
  }
}

/** Ctrl+Shift+A / H / M (Cmd on a Mac) while the window has focus. */
export function useCallShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = callShortcutFor(event);
      if (shortcut === null) return;
      event.preventDefault();
      runCallShortcut(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
