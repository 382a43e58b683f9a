import type { IntlShape } from 'react-intl';
import type { RoutingCheck, RoutingSync } from '../../../shared/models/twilio-setup';
import { assertNever } from '../../../shared/assert-never';
import { translatorOf } from '../../i18n/message-values';
import { problemMessageText, whatToDoText } from '../wizard/what-to-do-text';

/** "14:05" today, "3 Dec, 14:05" on another day, as `intl`'s locale writes them. */
export function momentText(iso: string, intl: IntlShape, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return intl.formatMessage({ id: 'callHandling.momentUnreadable' });
  const time = intl.formatTime(at, { hour: 'numeric', minute: '2-digit' });
  if (at.toDateString() === now.toDateString()) return time;
  const day = intl.formatDate(at, { day: 'numeric', month: 'short' });
  return intl.formatMessage({ id: 'callHandling.momentOtherDay' }, { day, time });
}

/** The one line that says whether Twilio has the choices saved here. */
export function routingSyncText(sync: RoutingSync, intl: IntlShape, now?: Date): string {
  switch (sync.status) {
    case 'none':
      return intl.formatMessage({ id: 'callHandling.syncNone' });
    case 'sending':
      return intl.formatMessage({ id: 'callHandling.syncSending' });
    case 'live':
      return intl.formatMessage({ id: 'callHandling.syncLive' }, { moment: momentText(sync.at, intl, now) });
    case 'not-live':
      return intl.formatMessage({ id: 'callHandling.syncNotLive' });
    default:
      return assertNever(sync);
  }
}

/** What "Check with Twilio" found, in a sentence; the differing settings are listed under it. */
export function routingCheckText(check: RoutingCheck, intl: IntlShape, now?: Date): string {
  switch (check.status) {
    case 'checking':
      return intl.formatMessage({ id: 'callHandling.checkChecking' });
    case 'done':
      return intl.formatMessage(
        { id: check.differences.length === 0 ? 'callHandling.checkSame' : 'callHandling.checkDifferent' },
        { moment: momentText(check.at, intl, now) },
      );
    case 'failed':
      return intl.formatMessage(
        { id: 'callHandling.checkFailed' },
        {
          message: problemMessageText(check.problem, translatorOf(intl)),
          whatToDo: whatToDoText(check.problem, translatorOf(intl)),
        },
      );
    default:
      return assertNever(check);
  }
}
