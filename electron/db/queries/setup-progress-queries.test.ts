import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allMigrations } from '../migrations/all-migrations';
import { createSetupProgressQueries } from './setup-progress-queries';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  for (const migration of allMigrations) migration.up(db);
});
afterEach(() => db.close());

describe('setup progress queries', () => {
  it('reads nothing before the first write, then the last value written', () => {
    const queries = createSetupProgressQueries(db);
    expect(queries.read()).toBeUndefined();
    queries.write({ step: 'edge' });
    queries.write({ step: 'number', edge: 'dublin' });
    expect(queries.read()).toEqual({ step: 'number', edge: 'dublin' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM setup_progress').get()).toEqual({ n: 1 });
  });

  it('reads a row whose JSON is damaged as nothing', () => {
    db.prepare("INSERT INTO setup_progress (id, state, updated_at) VALUES (1, '{not json', 0)").run();
    expect(createSetupProgressQueries(db).read()).toBeUndefined();
  });
});
