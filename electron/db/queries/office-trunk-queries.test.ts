import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allMigrations } from '../migrations/all-migrations';
import { createOfficeTrunkQueries } from './office-trunk-queries';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  for (const migration of allMigrations) migration.up(db);
});
afterEach(() => db.close());

describe('office trunk queries', () => {
  it('reads nothing before the first write, then the last value written, and nothing once cleared', () => {
    const queries = createOfficeTrunkQueries(db);
    expect(queries.read()).toBeUndefined();
    queries.write({ terminationDomain: null });
    queries.write({ terminationDomain: 'dialtone-1-abcd.pstn.twilio.com' });
    expect(queries.read()).toEqual({ terminationDomain: 'dialtone-1-abcd.pstn.twilio.com' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM office_trunk').get()).toEqual({ n: 1 });
    queries.clear();
    expect(queries.read()).toBeUndefined();
  });

  it('reads a row whose JSON is damaged as nothing', () => {
    db.prepare("INSERT INTO office_trunk (id, state, updated_at) VALUES (1, '{not json', 0)").run();
    expect(createOfficeTrunkQueries(db).read()).toBeUndefined();
  });
});
