import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/models/history';
import { intlFor } from '../../i18n/active-intl';
import { groupByDay } from './history-days';

const entry = (id: string, startedAt: Date): HistoryEntry => ({
  id,
  direction: 'outgoing',
  remoteNumber: '+15125550123',
  remoteE164: '+15125550123',
  contactId: null,
  contactName: null,
  startedAt: startedAt.getTime(),
  answeredAt: null,
  endedAt: null,
  durationSeconds: null,
  endReason: null,
  missed: false,
  seen: true,
  callerVerified: false,
  onTwilio: false,
  transferredTo: null,
});

describe('history grouped by day', () => {
  it('labels today, yesterday, then dates, with the year only for other years', () => {
    const now = new Date(2025, 2, 1, 9, 30);
    const days = groupByDay(
      [
        entry('a', new Date(2025, 2, 1, 8, 0)),
        entry('b', new Date(2025, 2, 1, 0, 5)),
        entry('c', new Date(2025, 1, 28, 23, 59)),
        entry('d', new Date(2025, 1, 26, 12, 0)),
        entry('e', new Date(2024, 11, 31, 12, 0)),
      ],
      now,
      intlFor('en'),
    );
    expect(days.map((day) => [day.label, day.entries.map((item) => item.id).join('')])).toEqual([
      ['Today', 'ab'],
      ['Yesterday', 'c'],
      ['Wednesday, February 26', 'd'],
      ['Tuesday, December 31, 2024', 'e'],
    ]);
  });

  it('says yesterday across a new year', () => {
    const days = groupByDay([entry('a', new Date(2024, 11, 31, 22, 0))], new Date(2025, 0, 1, 1, 0), intlFor('en'));
    expect(days[0]?.label).toBe('Yesterday');
  });

  it('labels the days in the app’s language', () => {
    const now = new Date(2025, 2, 1, 9, 30);
    const entries = [entry('a', new Date(2025, 2, 1, 8, 0)), entry('b', new Date(2025, 1, 26, 12, 0))];
    expect(groupByDay(entries, now, intlFor('fr')).map((day) => day.label)).toEqual([
      'Aujourd’hui',
      'mercredi 26 février',
    ]);
  });

  it('gives no group for no calls', () => {
    expect(groupByDay([], new Date())).toEqual([]);
  });
});
