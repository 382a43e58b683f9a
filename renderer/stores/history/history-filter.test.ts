import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/models/history';
import { historyFilterOrder, matchesFilter } from './history-filter';

const base: HistoryEntry = {
  id: 'x',
  direction: 'incoming',
  remoteNumber: '+15125550123',
  remoteE164: '+15125550123',
  contactId: null,
  contactName: null,
  startedAt: 0,
  answeredAt: null,
  endedAt: 1,
  durationSeconds: null,
  endReason: 'missed',
  missed: true,
  seen: false,
  callerVerified: false,
  onTwilio: false,
  transferredTo: null,
};

describe('history filters', () => {
  it('are offered as All, Missed, Incoming, Outgoing', () => {
    expect(historyFilterOrder).toEqual(['all', 'missed', 'incoming', 'outgoing']);
  });

  it('put a missed call under All, Missed and Incoming, an outgoing one under All and Outgoing', () => {
    const outgoing: HistoryEntry = { ...base, direction: 'outgoing', missed: false, endReason: 'hung-up' };
    expect(historyFilterOrder.filter((filter) => matchesFilter(base, filter))).toEqual(['all', 'missed', 'incoming']);
    expect(historyFilterOrder.filter((filter) => matchesFilter(outgoing, filter))).toEqual(['all', 'outgoing']);
  });
});
