import type { Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAccountFields } from '../../test-support/backend-fixture';
import { openDatabase } from '../open-database';
import { createAccountQueries, type StoredAccount } from './account-queries';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const account = (id: string, overrides: Partial<StoredAccount> = {}): StoredAccount => ({
  ...sampleAccountFields,
  id,
  ...overrides,
});

describe('account queries', () => {
  it('saves and reads back every field', () => {
    const queries = createAccountQueries(db);
    const saved = account('a1', { outboundProxy: null, stunServer: null, enabled: false });
    queries.save(saved, 1000);
    expect(queries.get('a1')).toEqual(saved);
    expect(queries.list()).toEqual([saved]);
    expect(queries.get('missing')).toBeUndefined();
  });

  it('maps enabled to 0/1 in the row and back to a boolean', () => {
    const queries = createAccountQueries(db);
    queries.save(account('on', { enabled: true }));
    queries.save(account('off', { enabled: false }));
    const rows = db.prepare('SELECT id, enabled FROM accounts ORDER BY id').all();
    expect(rows).toEqual([
      { id: 'off', enabled: 0 },
      { id: 'on', enabled: 1 },
    ]);
    expect(queries.get('on')?.enabled).toBe(true);
    expect(queries.get('off')?.enabled).toBe(false);
  });

  it('updates an existing account in place, keeping created_at and moving updated_at', () => {
    const queries = createAccountQueries(db);
    queries.save(account('a1'), 1000);
    queries.save(account('a1', { label: 'Renamed', transport: 'tcp' }), 2000);
    expect(queries.list()).toHaveLength(1);
    expect(queries.get('a1')).toMatchObject({ label: 'Renamed', transport: 'tcp' });
    expect(db.prepare('SELECT created_at, updated_at FROM accounts').get()).toEqual({
      created_at: 1000,
      updated_at: 2000,
    });
  });

  it('lists in creation order', () => {
    const queries = createAccountQueries(db);
    queries.save(account('b'), 2000);
    queries.save(account('a'), 3000);
    queries.save(account('c'), 1000);
    expect(queries.list().map((row) => row.id)).toEqual(['c', 'b', 'a']);
  });

  it('removes an account and says whether one was removed', () => {
    const queries = createAccountQueries(db);
    queries.save(account('a1'));
    expect(queries.remove('a1')).toBe(true);
    expect(queries.remove('a1')).toBe(false);
    expect(queries.list()).toEqual([]);
  });

  it('lets the database refuse a value outside the schema', () => {
    const queries = createAccountQueries(db);
    const bad = { ...account('a1'), transport: 'udp' } as unknown as StoredAccount;
    expect(() => queries.save(bad)).toThrow(/CHECK constraint failed/);
    expect(queries.list()).toEqual([]);
  });
});
