import type { HistoryEntry } from '../../../shared/models/history';

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

export function dayLabel(at: Date, now: Date, locale?: string): string {
  const key = dayKey(at);
  if (key === dayKey(now)) return 'Today';
  if (key === dayKeyBefore(now, 1)) return 'Yesterday';
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
  if (at.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(at);
}

/** Calls grouped by the local day they started, in the order given (newest first from history:list). */
export function groupByDay(entries: readonly HistoryEntry[], now: Date, locale?: string): HistoryDay[] {
  const days: HistoryDay[] = [];
  for (const entry of entries) {
    const at = new Date(entry.startedAt);
    const key = dayKey(at);
    const last = days.at(-1);
    if (last?.key === key) last.entries.push(entry);
    else days.push({ key, label: dayLabel(at, now, locale), entries: [entry] });
  }
  return days;
}
