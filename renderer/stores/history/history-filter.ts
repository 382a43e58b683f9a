import { assertNever } from '../../../shared/assert-never';
import type { HistoryEntry, HistoryFilter } from '../../../shared/models/history';

/** The filters in the order the tabs show them. */
export const historyFilterOrder: readonly HistoryFilter[] = ['all', 'missed', 'incoming', 'outgoing'];

/** Whether a call belongs under a filter, as history:list decides it: missed calls are incoming too. */
export function matchesFilter(entry: HistoryEntry, filter: HistoryFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'missed':
      return entry.missed;
    case 'incoming':
      return entry.direction === 'incoming';
    case 'outgoing':
      return entry.direction === 'outgoing';
    default:
      return assertNever(filter);
  }
}
