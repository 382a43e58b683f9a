import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialTables } from './0001-initial-tables';
import { accountTlsTrust } from './0002-account-tls-trust';
import { contactDetailsAndSearch } from './0003-contact-details-and-search';
import { callHistoryMissed } from './0004-call-history-missed';

let db: Database;
const insertCall = (id: string, direction: string, answeredAt: number | null) =>
  db
    .prepare('INSERT INTO calls (id, direction, remote_number, started_at, answered_at) VALUES (?, ?, ?, 1, ?)')
    .run(id, direction, '+15125550123', answeredAt);

beforeEach(() => {
  db = openSqlite(':memory:');
  for (const migration of [initialTables, accountTlsTrust, contactDetailsAndSearch]) migration.up(db);
  insertCall('in-missed', 'incoming', null);
  insertCall('in-answered', 'incoming', 5);
  insertCall('out', 'outgoing', null);
  callHistoryMissed.up(db);
});
afterEach(() => db.close());

const plan = (sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');

describe('migration 0004: call history missed flag', () => {
  it('is version 4 and marks the unanswered incoming calls that existed before as missed', () => {
    expect(callHistoryMissed.version).toBe(4);
    expect(db.prepare('SELECT id, missed FROM calls ORDER BY id').all()).toEqual([
      { id: 'in-answered', missed: 0 },
      { id: 'in-missed', missed: 1 },
      { id: 'out', missed: 0 },
    ]);
  });

  it('refuses a missed value other than 0 or 1', () => {
    expect(() => db.prepare("UPDATE calls SET missed = 2 WHERE id = 'out'").run()).toThrow(/CHECK constraint failed/);
  });

  it('answers the history filters and the unseen count through indexes', () => {
    expect(plan('SELECT id FROM calls WHERE missed = 1 ORDER BY started_at DESC LIMIT 50')).toMatch(
      /calls_missed_by_start/,
    );
    expect(plan('SELECT count(*) FROM calls WHERE missed = 1 AND seen = 0')).toMatch(/calls_missed_unseen/);
    expect(plan("SELECT id FROM calls WHERE direction = 'incoming' ORDER BY started_at DESC LIMIT 50")).toMatch(
      /calls_by_direction/,
    );
    expect(plan("UPDATE calls SET contact_id = NULL WHERE contact_id = 'p1'")).toMatch(/calls_by_contact/);
    expect(plan('SELECT id FROM calls WHERE ended_at IS NULL')).toMatch(/calls_unfinished/);
  });
});
