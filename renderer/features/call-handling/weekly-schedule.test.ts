import { describe, expect, it } from 'vitest';
import type { ScheduleSpan } from '../../../shared/models/call-handling';
import { scheduleSpansLimit } from '../../../shared/models/call-handling-names';
import {
  addSpan,
  changeSpan,
  describeDays,
  describeSchedule,
  longDayName,
  proposedQuietHours,
  removeSpan,
  runsPastMidnight,
  toggleDay,
} from './weekly-schedule';
import { intlFor } from '../../i18n/active-intl';

const en = intlFor('en');

const weekdays: ScheduleSpan = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' };

describe('editing a weekly schedule', () => {
  it('toggles a day on and off, keeping the days in the order the Functions read (0 = Sunday)', () => {
    expect(toggleDay(weekdays, 0).days).toEqual([0, 1, 2, 3, 4, 5]);
    expect(toggleDay(toggleDay(weekdays, 6), 3).days).toEqual([1, 2, 4, 5, 6]);
    expect(toggleDay({ ...weekdays, days: [2] }, 2).days).toEqual([]);
  });

  it('adds a span on the first free day, Monday first, with the last span’s hours', () => {
    expect(addSpan([weekdays])).toEqual([weekdays, { days: [6], from: '09:00', to: '17:00' }]);
    expect(addSpan([{ ...weekdays, days: [1, 2, 3, 4, 5, 6] }]).at(-1)?.days).toEqual([0]);
    expect(addSpan([])).toEqual([{ days: [1], from: '09:00', to: '17:00' }]);
    const everyDay = { days: [0, 1, 2, 3, 4, 5, 6], from: '22:00', to: '07:00' };
    expect(addSpan([everyDay]).at(-1)).toEqual({ days: [1], from: '22:00', to: '07:00' });
  });

  it(`adds nothing past ${scheduleSpansLimit} spans`, () => {
    const full = Array.from({ length: scheduleSpansLimit }, () => weekdays);
    expect(addSpan(full)).toHaveLength(scheduleSpansLimit);
    expect(addSpan(full.slice(1))).toHaveLength(scheduleSpansLimit);
  });

  it('removes and changes one span, leaving the others', () => {
    const saturday = { days: [6], from: '10:00', to: '14:00' };
    expect(removeSpan([weekdays, saturday], 0)).toEqual([saturday]);
    expect(changeSpan([weekdays, saturday], 1, { ...saturday, to: '15:00' })).toEqual([
      weekdays,
      { ...saturday, to: '15:00' },
    ]);
  });
});

describe('a schedule in words', () => {
  it.each([
    [[1, 2, 3, 4, 5], 'Mon–Fri'],
    [[6, 0], 'Sat, Sun'],
    [[1, 3], 'Mon, Wed'],
    [[0, 1, 2, 3, 4], 'Sun–Thu'],
    [[5, 6, 0, 1], 'Fri–Mon'],
    [[0, 3], 'Wed, Sun'],
    [[0, 1, 3], 'Sun, Mon, Wed'],
    [[0, 1, 2, 3, 4, 5, 6], 'Every day'],
    [[], 'No days'],
  ])('days %j read %s', (days, words) => {
    expect(describeDays(days, en)).toBe(words);
  });

  it('joins spans, and notes the ones that run past midnight', () => {
    expect(describeSchedule([weekdays, { days: [6], from: '10:00', to: '14:00' }], en)).toBe(
      'Mon–Fri 09:00–17:00; Sat 10:00–14:00',
    );
    expect(describeSchedule(proposedQuietHours, en)).toBe('Sun–Thu 22:00–07:00 (past midnight)');
    expect(describeSchedule([], en)).toBe('No hours chosen');
  });

  it('ends at midnight without running past it', () => {
    expect(runsPastMidnight({ days: [5], from: '18:00', to: '00:00' })).toBe(false);
    expect(runsPastMidnight({ days: [5], from: '18:00', to: '24:00' })).toBe(false);
    expect(runsPastMidnight({ days: [5], from: '18:00', to: '02:00' })).toBe(true);
    expect(describeSchedule([{ days: [5], from: '18:00', to: '00:00' }], en)).toBe('Fri 18:00–00:00');
  });

  it('names the days in the app’s language, from Intl', () => {
    const fr = intlFor('fr');
    expect(describeSchedule([weekdays, { days: [6, 0], from: '10:00', to: '14:00' }], fr)).toBe(
      'lun.–ven. 09:00–17:00; sam., dim. 10:00–14:00',
    );
    expect(describeSchedule(proposedQuietHours, intlFor('de'))).toBe('So–Do 22:00–07:00 (über Mitternacht)');
    expect(describeDays([0, 1, 2, 3, 4, 5, 6], intlFor('es'))).toBe('Todos los días');
    expect(longDayName(1, 'de')).toBe('Montag');
  });
});
