import type { Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { createSettingsQueries } from './settings-queries';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

describe('settings queries', () => {
  it('starts empty', () => {
    expect(createSettingsQueries(db).readAll().size).toBe(0);
  });

  it('round-trips JSON values of every shape, one row per key', () => {
    const queries = createSettingsQueries(db);
    const values = { theme: 'dark', startAtLogin: true, count: 3, nested: { a: [1, 'b'] }, nothing: null };
    queries.writeAll(values);
    expect(Object.fromEntries(queries.readAll())).toEqual(values);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'theme'").get()).toEqual({ value: '"dark"' });
  });

  it('overwrites a key and leaves the others alone', () => {
    const queries = createSettingsQueries(db);
    queries.writeAll({ theme: 'dark', defaultCountry: 'GB' });
    queries.writeAll({ theme: 'light' });
    expect(Object.fromEntries(queries.readAll())).toEqual({ theme: 'light', defaultCountry: 'GB' });
  });

  it('gives back undefined for a value whose stored JSON cannot be parsed, and still reads the rest', () => {
    const queries = createSettingsQueries(db);
    queries.writeAll({ theme: 'dark' });
    db.prepare("INSERT INTO settings (key, value) VALUES ('broken', '{not json')").run();
    const all = queries.readAll();
    expect(all.has('broken')).toBe(true);
    expect(all.get('broken')).toBeUndefined();
    expect(all.get('theme')).toBe('dark');
  });

  it('writes several keys in one transaction: all or nothing', () => {
    const queries = createSettingsQueries(db);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => queries.writeAll({ theme: 'dark', bad: cyclic })).toThrow();
    expect(queries.readAll().size).toBe(0);
  });
});
