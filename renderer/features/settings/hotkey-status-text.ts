import { assertNever } from '../../../shared/assert-never';
import type { HotkeyState } from '../../../shared/models/hotkey-status';

/** What Settings says next to a shortcut that does not work, and what to do; null when all is well. */
export function hotkeyProblemText(state: HotkeyState): string | null {
  switch (state) {
    case 'active':
    case 'off':
    case 'unavailable':
      return null;
    case 'taken':
      return 'Another application already uses this shortcut, so it does nothing in Dialtone. Press another combination.';
    case 'refused':
      return 'Your system does not accept this shortcut, so it does nothing. Press another combination.';
    default:
      return assertNever(state);
  }
}
