import type { IntlShape } from 'react-intl';
import type { HistoryEntry } from '../../../shared/models/history';
import { activeIntl } from '../../i18n/active-intl';

export interface HistoryDay {
  /** yyyy-mm-dd in local time, stable across renders. */
  key: string;
  /** "Today", "Yesterday", "Monday 3 June", or with the year when it is not this year's. */
  label: string;
  entries: HistoryEntry[];
}

function dayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The local day `days` before `now`'s, as a key (handles months, years and daylight saving). */
function dayKeyBefore(now: Date, days: number): string {
  return dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 12));
}

/** Whether `at` falls on `now`'s local day or the one before. */
export function recentDay(at: Date, now: Date): 'today' | 'yesterday' | null {
  const key = dayKey(at);
  if (key === dayKey(now)) return 'today';
  if (key === dayKeyBefore(now, 1)) return 'yesterday';
  return null;
}

/** "Today", "Yesterday", or the date in the locale's words ("Monday, June 3"). */
export function dayLabel(at: Date, now: Date, intl: IntlShape = activeIntl()): string {
  const recent = recentDay(at, now);
  if (recent === 'today') return intl.formatMessage({ id: 'common.today' });
  if (recent === 'yesterday') return intl.formatMessage({ id: 'common.yesterday' });
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  if (at.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return intl.formatDate(at, options);
}

/** Calls grouped by the local day they started, in the order given (newest first from history:list). */
export function groupByDay(entries: readonly HistoryEntry[], now: Date, intl: IntlShape = activeIntl()): HistoryDay[] {
  const days: HistoryDay[] = [];
  for (const entry of entries) {
    const at = new Date(entry.startedAt);
    const key = dayKey(at);
    const last = days.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else days.push({ key, label: dayLabel(at, now, intl), entries: [entry] });
  }
  return days;
}
