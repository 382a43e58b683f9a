import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/models/history';
import { callBackTarget, describeDuration, directionText, outcomeText, remotePartyOf } from './history-text';

const call: HistoryEntry = {
  id: 'h1',
  direction: 'outgoing',
  remoteNumber: '+15125550123',
  remoteE164: '+15125550123',
  contactId: null,
  contactName: null,
  startedAt: 1_000,
  answeredAt: 3_000,
  endedAt: 248_000,
  durationSeconds: 245,
  endReason: 'hung-up',
  missed: false,
  seen: true,
  callerVerified: false,
  onTwilio: false,
  transferredTo: null,
};

describe('history row text', () => {
  it('says how long a call lasted', () => {
    expect(describeDuration(7)).toBe('7 s');
    expect(describeDuration(245)).toBe('4 min 5 s');
    expect(describeDuration(120)).toBe('2 min');
    expect(describeDuration(3720)).toBe('1 h 2 min');
    expect(outcomeText(call, 'US')).toBe('4 min 5 s');
    expect(outcomeText({ ...call, durationSeconds: null }, 'US')).toBe('4 min 5 s');
  });

  it('says a call that was handed on was transferred, to whom, and after how long', () => {
    expect(outcomeText({ ...call, endReason: 'transferred' }, 'US')).toBe('Transferred after 4 min 5 s');
    const transferred = { ...call, endReason: 'transferred' as const, transferredTo: '+15125550142' };
    expect(outcomeText(transferred, 'US')).toBe('Transferred to (512) 555-0142 after 4 min 5 s');
    expect(outcomeText(transferred, 'GB')).toBe('Transferred to +1 512 555 0142 after 4 min 5 s');
    expect(outcomeText({ ...transferred, transferredTo: 'sip:alice@example.com' }, 'US')).toBe(
      'Transferred to alice@example.com after 4 min 5 s',
    );
  });

  it('says Missed, or why a call never connected, or that it has no end', () => {
    const missed = {
      ...call,
      direction: 'incoming' as const,
      missed: true,
      answeredAt: null,
      endReason: 'missed' as const,
    };
    expect([directionText(missed), outcomeText(missed, 'US')]).toEqual(['Missed call', 'Missed']);
    const elsewhere = { ...missed, missed: false, endReason: 'answered-elsewhere' as const };
    expect([directionText(elsewhere), outcomeText(elsewhere, 'US')]).toEqual([
      'Incoming call',
      'Answered on another device',
    ]);
    expect(outcomeText({ ...call, answeredAt: null, endReason: 'busy' }, 'US')).toBe('Busy');
    expect(outcomeText({ ...call, answeredAt: null, endReason: 'hung-up' }, 'US')).toBe('Cancelled');
    expect(outcomeText({ ...call, endedAt: null, durationSeconds: null, endReason: null }, 'US')).toBe(
      'No end recorded',
    );
    expect(directionText(call)).toBe('Outgoing call');
  });

  it('shows the contact’s name over the number, formatted for the country', () => {
    expect(remotePartyOf(call, 'US')).toEqual({ primary: '(512) 555-0123', secondary: null });
    expect(remotePartyOf({ ...call, contactName: 'Bob' }, 'GB')).toEqual({
      primary: 'Bob',
      secondary: '+1 512 555 0123',
    });
    const sip = { ...call, remoteNumber: 'sip:bob@127.0.0.1', remoteE164: null, contactName: 'Bob' };
    expect(remotePartyOf(sip, 'US')).toEqual({ primary: 'Bob', secondary: 'bob@127.0.0.1' });
    expect(callBackTarget(sip, 'US')).toBe('sip:bob@127.0.0.1');
  });

  it('has nothing to call back for a withheld number', () => {
    const withheld = { ...call, remoteNumber: 'anonymous', remoteE164: null };
    expect(remotePartyOf(withheld, 'US')).toEqual({ primary: 'Unknown caller', secondary: null });
    expect(callBackTarget(withheld, 'US')).toBeNull();
    expect(callBackTarget(call, 'US')).toBe('+15125550123');
  });
});
