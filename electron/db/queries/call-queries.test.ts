import type { Database } from 'better-sqlite3';
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
        twilioCallSid: null,
        seen: true,
      },
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
});
