import type { IntlShape } from 'react-intl';
import type { ScheduleSpan } from '../../../shared/models/call-handling';
import { scheduleSpansLimit } from '../../../shared/models/call-handling-names';

/*
 * A weekly schedule as the editor changes it and as the person reads it. Days are numbers, 0 = Sunday (as the
 * Functions read them); the screen lists them Monday first, as most calendars (and ISO 8601) do.
 */

export const weekdaysMondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;

/** Monday first; for a Sunday, 6. */
const weekPosition = (day: number) => (day + 6) % 7;

const dayNamesByLocale = new Map<string, readonly string[]>();

/** The locale's names of the days, Sunday first; 7 January 2024 was a Sunday: day d is 7 + d January. */
function dayNames(locale: string, width: 'short' | 'long'): readonly string[] {
  const key = `${locale} ${width}`;
  let names = dayNamesByLocale.get(key);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
    names = Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, 7 + day)));
    dayNamesByLocale.set(key, names);
  }
  return names;
}

export const shortDayName = (day: number, locale: string): string => dayNames(locale, 'short')[day] ?? String(day);
export const longDayName = (day: number, locale: string): string => dayNames(locale, 'long')[day] ?? String(day);

/** Weeknights from 22:00 to 07:00 the next morning: what "Turn on automatically" proposes. */
export const proposedQuietHours: ScheduleSpan[] = [{ days: [0, 1, 2, 3, 4], from: '22:00', to: '07:00' }];

/** Monday to Friday, 09:00 to 17:00: what business hours propose. */
export const proposedBusinessHours: ScheduleSpan[] = [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }];

export function toggleDay(span: ScheduleSpan, day: number): ScheduleSpan {
  const days = span.days.includes(day) ? span.days.filter((d) => d !== day) : [...span.days, day];
  return { ...span, days: days.sort((a, b) => a - b) };
}

/** Another span: the first day no span has yet (Monday first), with the last span's hours. */
export function addSpan(spans: readonly ScheduleSpan[]): ScheduleSpan[] {
  if (spans.length >= scheduleSpansLimit) return [...spans];
  const used = new Set(spans.flatMap((span) => span.days));
  const day = weekdaysMondayFirst.find((d) => !used.has(d)) ?? 1;
  const last = spans.at(-1);
  return [...spans, { days: [day], from: last?.from ?? '09:00', to: last?.to ?? '17:00' }];
}

export function removeSpan(spans: readonly ScheduleSpan[], index: number): ScheduleSpan[] {
  return spans.filter((_, at) => at !== index);
}

export function changeSpan(spans: readonly ScheduleSpan[], index: number, span: ScheduleSpan): ScheduleSpan[] {
  return spans.map((current, at) => (at === index ? span : current));
}

/** A span whose end comes before its start ends the next morning (an end at 00:00 is midnight itself). */
export const runsPastMidnight = (span: ScheduleSpan): boolean => span.to < span.from && span.to !== '00:00';

/**
 * Days as runs, Monday first: "Mon–Fri", "Sat, Sun", "Mon, Wed". A run may go round the end of the week
 * ("Sun–Thu", "Fri–Mon") and then comes first, since it holds Monday.
 */
export function describeDays(days: readonly number[], intl: IntlShape): string {
  const t = (id: 'everyDay' | 'noDays' | 'dayPair' | 'dayRun' | 'dayList', values?: Record<string, string>) =>
    intl.formatMessage({ id: `callHandling.${id}` }, values);
  const chosen = new Set(days);
  if (chosen.size === 7) return t('everyDay');
  if (chosen.size === 0) return t('noDays');
  const runs: number[][] = [];
  for (const day of weekdaysMondayFirst) {
    const before = (day + 6) % 7;
    if (!chosen.has(day) || chosen.has(before)) continue;
    const run: number[] = [day];
    for (let next = (day + 1) % 7; chosen.has(next); next = (next + 1) % 7) run.push(next);
    runs.push(run);
  }
  const key = (run: number[]) => (run.includes(1) ? -1 : weekPosition(run[0]!));
  runs.sort((a, b) => key(a) - key(b));
  return runs
    .map((run) => {
      const first = shortDayName(run[0]!, intl.locale);
      const last = shortDayName(run.at(-1)!, intl.locale);
      if (run.length === 1) return first;
      return t(run.length === 2 ? 'dayPair' : 'dayRun', { first, last });
    })
    .reduce((list, next) => t('dayList', { list, next }));
}

/** Times stay as the schedule holds them, 24-hour, as the time fields show them. */
export function describeSpan(span: ScheduleSpan, intl: IntlShape): string {
  const values = { days: describeDays(span.days, intl), from: span.from || '…', to: span.to || '…' };
  return intl.formatMessage(
    { id: runsPastMidnight(span) ? 'callHandling.spanPastMidnight' : 'callHandling.spanHours' },
    values,
  );
}

/** "Mon–Fri 09:00–17:00; Sat 10:00–14:00". */
export function describeSchedule(spans: readonly ScheduleSpan[], intl: IntlShape): string {
  return spans.length === 0
    ? intl.formatMessage({ id: 'callHandling.noHoursChosen' })
    : spans.map((span) => describeSpan(span, intl)).join('; ');
}

export function sameSchedule(a: readonly ScheduleSpan[], b: readonly ScheduleSpan[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
