import { openSqlite } from '../sqlite';
import { describe, expect, it } from 'vitest';
import { allMigrations } from './all-migrations';
import { officeTrunk } from './0009-office-trunk';

describe('migration 0009: office trunk', () => {
  it('is version 9 and keeps a single row: a second id is refused', () => {
    const db = openSqlite(':memory:');
    for (const migration of allMigrations) migration.up(db);
    expect(officeTrunk.version).toBe(9);
    db.prepare("INSERT INTO office_trunk (id, state, updated_at) VALUES (1, '{}', 0)").run();
    expect(() => db.prepare("INSERT INTO office_trunk (id, state, updated_at) VALUES (2, '{}', 0)").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.close();
  });
});
