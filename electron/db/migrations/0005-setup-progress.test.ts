import { openSqlite } from '../sqlite';
import { describe, expect, it } from 'vitest';
import { allMigrations } from './all-migrations';
import { setupProgress } from './0005-setup-progress';

describe('migration 0005: setup progress', () => {
  it('is version 5 and keeps a single row: a second id is refused', () => {
    const db = openSqlite(':memory:');
    for (const migration of allMigrations) migration.up(db);
    expect(setupProgress.version).toBe(5);
    db.prepare("INSERT INTO setup_progress (id, state, updated_at) VALUES (1, '{}', 0)").run();
    expect(() => db.prepare("INSERT INTO setup_progress (id, state, updated_at) VALUES (2, '{}', 0)").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.close();
  });
});
