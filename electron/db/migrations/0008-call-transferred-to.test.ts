import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allMigrations } from './all-migrations';
import { callTransferredTo } from './0008-call-transferred-to';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  for (const migration of allMigrations.slice(0, 7)) migration.up(db);
  db.prepare(
    "INSERT INTO calls (id, direction, remote_number, started_at) VALUES ('before', 'incoming', '+15125550123', 1)",
  ).run();
  callTransferredTo.up(db);
});
afterEach(() => db.close());

describe('migration 0008: transferred to', () => {
  it('is version 8 and leaves the calls recorded before as not transferred', () => {
    expect(callTransferredTo.version).toBe(8);
    expect(db.prepare('SELECT id, transferred_to FROM calls').all()).toEqual([{ id: 'before', transferred_to: null }]);
  });

  it('keeps where a call went, and refuses a text longer than an address can be', () => {
    db.prepare("UPDATE calls SET transferred_to = '+442079460958' WHERE id = 'before'").run();
    expect(db.prepare('SELECT transferred_to FROM calls').get()).toEqual({ transferred_to: '+442079460958' });
    expect(() => db.prepare('UPDATE calls SET transferred_to = ? WHERE id = ?').run('x'.repeat(513), 'before')).toThrow(
      /CHECK constraint failed/,
    );
  });
});
