import type { RoutingCheck, RoutingSync } from '../../../shared/models/twilio-setup';
import { assertNever } from '../../../shared/assert-never';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** "14:05" today, "3 Dec, 14:05" on another day. */
export function momentText(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'at a time Dialtone could not read';
  const time = timeFormat.format(at);
  return at.toDateString() === now.toDateString() ? time : `${dayFormat.format(at)}, ${time}`;
}

/** The one line that says whether Twilio has the choices saved here. */
export function routingSyncText(sync: RoutingSync, now?: Date): string {
  switch (sync.status) {
    case 'none':
      return 'Saved in Dialtone. Check with Twilio to see whether Twilio has the same.';
    case 'sending':
      return 'Sending to Twilio…';
    case 'live':
      return `Live at Twilio since ${momentText(sync.at, now)}.`;
    case 'not-live':
      return 'Not live at Twilio: your changes are saved in Dialtone, but Twilio does not have them yet.';
    default:
      return assertNever(sync);
  }
}

/** What "Check with Twilio" found, in a sentence; the differing settings are listed under it. */
export function routingCheckText(check: RoutingCheck, now?: Date): string {
  switch (check.status) {
    case 'checking':
      return 'Checking with Twilio…';
    case 'done':
      return check.differences.length === 0
        ? `Twilio has every setting as saved here (checked ${momentText(check.at, now)}).`
        : `At Twilio, these settings are not what is saved here (checked ${momentText(check.at, now)}). Try again sends what is saved here.`;
    case 'failed':
      return `Dialtone could not check with Twilio: ${check.problem.message} ${check.problem.whatToDo}`;
    default:
      return assertNever(check);
  }
}
