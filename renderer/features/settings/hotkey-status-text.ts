import { assertNever } from '../../../shared/assert-never';
import type { HotkeyState } from '../../../shared/models/hotkey-status';
import { translate } from '../../i18n/translate';

/** What Settings says next to a shortcut that does not work, and what to do; null when all is well. */
export function hotkeyProblemText(state: HotkeyState): string | null {
  switch (state) {
    case 'active':
    case 'off':
    case 'unavailable':
      return null;
    case 'taken':
      return translate('settings.hotkeyTaken');
    case 'refused':
      return translate('settings.hotkeyRefused');
    default:
      return assertNever(state);
  }
}
