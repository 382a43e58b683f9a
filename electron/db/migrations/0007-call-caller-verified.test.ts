import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allMigrations } from './all-migrations';
import { callCallerVerified } from './0007-call-caller-verified';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  for (const migration of allMigrations.slice(0, 6)) migration.up(db);
  db.prepare(
    "INSERT INTO calls (id, direction, remote_number, started_at) VALUES ('before', 'incoming', '+15125550123', 1)",
  ).run();
  callCallerVerified.up(db);
});
afterEach(() => db.close());

describe('migration 0007: caller verified flag', () => {
  it('is version 7 and leaves the calls recorded before as not verified', () => {
    expect(callCallerVerified.version).toBe(7);
    expect(db.prepare('SELECT id, caller_verified FROM calls').all()).toEqual([{ id: 'before', caller_verified: 0 }]);
  });

  it('keeps a verified call, and refuses a value other than 0 or 1', () => {
    db.prepare("UPDATE calls SET caller_verified = 1 WHERE id = 'before'").run();
    expect(db.prepare('SELECT caller_verified FROM calls').get()).toEqual({ caller_verified: 1 });
    expect(() => db.prepare("UPDATE calls SET caller_verified = 2 WHERE id = 'before'").run()).toThrow(
      /CHECK constraint failed/,
    );
  });
});
