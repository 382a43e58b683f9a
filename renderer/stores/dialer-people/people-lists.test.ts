import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/models/history';
import { recentNumbers, suggestionQuery } from './people-lists';

const call = (id: string, startedAt: number, fields: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  direction: 'outgoing',
  remoteNumber: '+15125550123',
  remoteE164: '+15125550123',
  contactId: null,
  contactName: null,
  startedAt,
  answeredAt: null,
  endedAt: null,
  durationSeconds: null,
  endReason: null,
  missed: false,
  seen: true,
  callerVerified: false,
  onTwilio: false,
  transferredTo: null,
  ...fields,
});

describe('suggestionQuery', () => {
  it('searches a number by its digits from three on, whatever the formatting', () => {
    expect(suggestionQuery('555 01')).toBe('55501');
    expect(suggestionQuery('(512) 5')).toBe('5125');
    expect(suggestionQuery('+44 20')).toBe('4420');
    expect(suggestionQuery('55')).toBeNull();
    expect(suggestionQuery('+1')).toBeNull();
  });

  it('reads the letters of a vanity number as keypad digits', () => {
    expect(suggestionQuery('1-800-FLOWERS')).toBe('18003569377');
  });

  it('searches other text as a name, organisation or SIP address, from the first letter', () => {
    expect(suggestionQuery('a')).toBe('a');
    expect(suggestionQuery('  Ann Lee ')).toBe('Ann Lee');
    expect(suggestionQuery('sip:desk@pbx.example.com')).toBe('sip:desk@pbx.example.com');
    expect(suggestionQuery('   ')).toBeNull();
    expect(suggestionQuery('x'.repeat(300))).toHaveLength(200);
  });
});

describe('recentNumbers', () => {
  const now = new Date(2026, 11, 4, 15, 0).getTime();
  const hour = 3_600_000;

  it('keeps the newest call of each distinct number, newest first, up to the limit', () => {
    const recents = recentNumbers(
      [
        call('1', now - 5 * hour, { remoteE164: '+15125550123', contactName: 'Ann Lee', contactId: 'c1' }),
        call('2', now - hour, { remoteE164: '+15125550123', remoteNumber: '(512) 555-0123', contactName: 'Ann Lee' }),
        call('3', now - 2 * hour, { remoteE164: null, remoteNumber: 'sip:desk@pbx.example.com', missed: true }),
        call('4', now - 30 * hour, { remoteE164: '+442079460958', direction: 'incoming' }),
        call('5', now - 40 * hour, { remoteE164: '+33612345678' }),
      ],
      3,
      now,
    );
    expect(recents).toEqual([
      expect.objectContaining({ number: '+15125550123', name: 'Ann Lee', startedAt: now - hour, today: true }),
      expect.objectContaining({ number: 'sip:desk@pbx.example.com', name: null, missed: true, today: true }),
      expect.objectContaining({ number: '+442079460958', direction: 'incoming', today: false }),
    ]);
  });

  it('leaves out calls without a number and treats SIP addresses without regard to case', () => {
    const recents = recentNumbers(
      [
        call('1', now - 1, { remoteE164: null, remoteNumber: '  ' }),
        call('2', now - 2, { remoteE164: null, remoteNumber: 'sip:Desk@pbx' }),
        call('3', now - 3, { remoteE164: null, remoteNumber: 'sip:desk@PBX' }),
      ],
      8,
      now,
    );
    expect(recents.map((recent) => recent.number)).toEqual(['sip:Desk@pbx']);
  });
});
