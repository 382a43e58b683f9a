import type { Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { createCallQueries, type CallStart } from './call-queries';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const start = (id: string, overrides: Partial<CallStart> = {}): CallStart => ({
  id,
  accountId: null,
  contactId: null,
  direction: 'outgoing',
  remoteNumber: '(555) 123-4567',
  remoteE164: '+15551234567',
  startedAt: 1000,
  twilioCallSid: null,
  callerVerified: false,
  ...overrides,
});

describe('call queries', () => {
  it('writes a row when the call starts, so a crash before the end still leaves a record', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('c1'));
    expect(queries.recent(10)).toEqual([
      {
        ...start('c1'),
        answeredAt: null,
        endedAt: null,
        endReason: null,
        transferredTo: null,
        seen: true,
        missed: false,
      },
    ]);
  });

  it('keeps to whom a transferred call went', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('c1'));
    queries.recordStart(start('c2', { startedAt: 2000 }));
    queries.recordEnd('c1', 5000, 'transferred');
    queries.recordTransferredTo('c1', '+442079460958');
    queries.recordEnd('c2', 6000, 'hung-up');
    expect(queries.get('c1')).toMatchObject({ endReason: 'transferred', transferredTo: '+442079460958' });
    expect(queries.get('c2')?.transferredTo).toBeNull();
  });

  it('keeps the CallSid found for an outgoing call during it, never replacing one the ring carried', () => {
    const queries = createCallQueries(db);
    const found = `CA${'a'.repeat(32)}`;
    const rung = `CA${'b'.repeat(32)}`;
    queries.recordStart(start('outgoing'));
    queries.recordStart(start('incoming', { direction: 'incoming', startedAt: 2000, twilioCallSid: rung }));
    queries.recordTwilioCallSid('outgoing', found);
    queries.recordTwilioCallSid('incoming', found);
    queries.recordTwilioCallSid('no-such-call', found);
    expect(queries.get('outgoing')?.twilioCallSid).toBe(found);
    expect(queries.get('incoming')?.twilioCallSid).toBe(rung);
  });

  it('keeps whether the caller was verified and the CallSid at Twilio, on the row and on the history page', () => {
    const queries = createCallQueries(db);
    const sid = `CA${'0123456789abcdef'.repeat(2)}`;
    queries.recordStart(start('verified', { direction: 'incoming', callerVerified: true, twilioCallSid: sid }));
    queries.recordStart(start('unverified', { direction: 'incoming', startedAt: 2000 }));
    expect(queries.get('verified')).toMatchObject({ callerVerified: true, twilioCallSid: sid });
    expect(queries.get('unverified')).toMatchObject({ callerVerified: false, twilioCallSid: null });
    expect(queries.page('all', 0, 10).map((call) => [call.id, call.callerVerified])).toEqual([
      ['unverified', false],
      ['verified', true],
    ]);
  });

  it('completes the row on answer and on end', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('c1'));
    queries.recordAnswer('c1', 1500);
    queries.recordEnd('c1', 9000, 'hangup');
    expect(queries.recent(10)[0]).toMatchObject({ id: 'c1', answeredAt: 1500, endedAt: 9000, endReason: 'hangup' });
  });

  it('marks outgoing calls seen and incoming ones unseen', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('out', { direction: 'outgoing' }));
    queries.recordStart(start('in', { direction: 'incoming', startedAt: 2000 }));
    const byId = Object.fromEntries(queries.recent(10).map((call) => [call.id, call.seen]));
    expect(byId).toEqual({ out: true, in: false });
  });

  it('lists the most recent first, up to the limit', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('old', { startedAt: 1 }));
    queries.recordStart(start('new', { startedAt: 3 }));
    queries.recordStart(start('mid', { startedAt: 2 }));
    expect(queries.recent(2).map((call) => call.id)).toEqual(['new', 'mid']);
  });

  it('refuses a second start with the same id', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('c1'));
    expect(() => queries.recordStart(start('c1'))).toThrow(/UNIQUE constraint failed/);
  });

  it('marks an incoming call that ends unanswered as missed, and an answered one not', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('missed', { direction: 'incoming' }));
    queries.recordStart(start('taken', { direction: 'incoming' }));
    queries.recordStart(start('out', { direction: 'outgoing' }));
    queries.recordEnd('missed', 2000, 'cancelled');
    queries.recordAnswer('taken', 1500);
    queries.recordEnd('taken', 3000, 'hung-up');
    queries.recordEnd('out', 3000, 'no-answer');
    expect(queries.get('missed')).toMatchObject({ missed: true, seen: false });
    expect(queries.get('taken')).toMatchObject({ missed: false, seen: true });
    expect(queries.get('out')).toMatchObject({ missed: false });
    expect(queries.missedUnseen()).toBe(1);
    expect(queries.markSeen()).toBe(1);
    expect(queries.missedUnseen()).toBe(0);
  });

  it('does not count an incoming call answered on another device as missed', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('elsewhere', { direction: 'incoming' }));
    queries.recordEnd('elsewhere', 2000, 'answered-elsewhere');
    expect(queries.get('elsewhere')).toMatchObject({
      missed: false,
      answeredAt: null,
      endReason: 'answered-elsewhere',
    });
    expect(queries.missedUnseen()).toBe(0);
    expect(queries.count('missed')).toBe(0);
  });

  it('counts incoming calls a crash cut off while ringing as missed, once, keeping their end unknown', () => {
    const queries = createCallQueries(db);
    queries.recordStart(start('ringing', { direction: 'incoming' }));
    queries.recordStart(start('talking', { direction: 'incoming' }));
    queries.recordAnswer('talking', 1100);
    expect(queries.markUnfinishedMissed()).toBe(1);
    expect(queries.markUnfinishedMissed()).toBe(0);
    expect(queries.get('ringing')).toMatchObject({ missed: true, endedAt: null, endReason: null });
    expect(queries.get('talking')).toMatchObject({ missed: false });
  });

  it('pages by filter, newest first, with the linked contact or the one that has the number now', () => {
    const queries = createCallQueries(db);
    db.prepare(
      "INSERT INTO contacts (id, name, search_id, created_at, updated_at) VALUES ('p1', 'Bob', 1, 1, 1), ('p2', 'Ann', 2, 1, 1)",
    ).run();
    db.prepare(
      "INSERT INTO contact_phones (contact_id, position, label, number, e164) VALUES ('p2', 0, 'mobile', '+442079460958', '+442079460958')",
    ).run();
    queries.recordStart(start('linked', { contactId: 'p1', startedAt: 1 }));
    queries.recordStart(start('by-number', { remoteE164: '+442079460958', startedAt: 2, direction: 'incoming' }));
    queries.recordStart(start('stranger', { remoteE164: '+15125550199', startedAt: 3, direction: 'incoming' }));
    queries.recordEnd('stranger', 4, 'cancelled');
    const page = (filter: 'all' | 'missed' | 'incoming' | 'outgoing') =>
      queries.page(filter, 0, 10).map((call) => [call.id, call.contactId, call.contactName]);
    expect(page('all')).toEqual([
      ['stranger', null, null],
      ['by-number', 'p2', 'Ann'],
      ['linked', 'p1', 'Bob'],
    ]);
    expect(page('missed')).toEqual([['stranger', null, null]]);
    expect(page('incoming').map(([id]) => id)).toEqual(['stranger', 'by-number']);
    expect(page('outgoing').map(([id]) => id)).toEqual(['linked']);
    expect(queries.page('all', 1, 1).map((call) => call.id)).toEqual(['by-number']);
    expect(['all', 'missed', 'incoming', 'outgoing'].map((filter) => queries.count(filter as 'all'))).toEqual([
      3, 1, 2, 1,
    ]);
  });

  it('moves calls to another contact, removes one and clears all', () => {
    const queries = createCallQueries(db);
    db.prepare(
      "INSERT INTO contacts (id, name, search_id, created_at, updated_at) VALUES ('p1', 'Bob', 1, 1, 1), ('p2', 'Ann', 2, 1, 1)",
    ).run();
    queries.recordStart(start('c1', { contactId: 'p1' }));
    queries.recordStart(start('c2', { contactId: 'p1', startedAt: 2 }));
    queries.relinkContact('p1', 'p2');
    expect(queries.recent(10).map((call) => call.contactId)).toEqual(['p2', 'p2']);
    expect(queries.remove('c1')).toBe(true);
    expect(queries.remove('c1')).toBe(false);
    expect(queries.clear()).toBe(1);
    expect(queries.count('all')).toBe(0);
  });
});
