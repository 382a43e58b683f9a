import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { createContactQueries, type StoredContact } from './contact-queries';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const contact = (id: string, name: string, favourite = false): StoredContact => ({
  id,
  name,
  organisation: '',
  notes: '',
  favourite,
});

describe('contact queries', () => {
  it('round-trips a contact, favourite as a boolean', () => {
    const queries = createContactQueries(db);
    const saved = { ...contact('p1', 'Bob', true), organisation: 'Acme', notes: 'Call after 5' };
    queries.save(saved);
    expect(queries.get('p1')).toEqual(saved);
    expect(db.prepare('SELECT favourite FROM contacts').get()).toEqual({ favourite: 1 });
    expect(queries.get('nobody')).toBeUndefined();
  });

  it('lists favourites first, then by name ignoring case', () => {
    const queries = createContactQueries(db);
    queries.save(contact('1', 'zoe'));
    queries.save(contact('2', 'Yann', true));
    queries.save(contact('3', 'adam'));
    queries.save(contact('4', 'Bea'));
    queries.save(contact('5', 'anna', true));
    expect(queries.page(10, 0).map((row) => row.name)).toEqual(['anna', 'Yann', 'adam', 'Bea', 'zoe']);
  });

  it('pages with limit and offset', () => {
    const queries = createContactQueries(db);
    for (const name of ['a', 'b', 'c', 'd', 'e']) queries.save(contact(name, name));
    expect(queries.page(2, 0).map((row) => row.name)).toEqual(['a', 'b']);
    expect(queries.page(2, 2).map((row) => row.name)).toEqual(['c', 'd']);
    expect(queries.page(2, 4).map((row) => row.name)).toEqual(['e']);
  });

  it('updates in place and removes', () => {
    const queries = createContactQueries(db);
    queries.save(contact('p1', 'Bob'));
    queries.save({ ...contact('p1', 'Robert'), favourite: true });
    expect(queries.page(10, 0)).toEqual([{ ...contact('p1', 'Robert'), favourite: true }]);
    expect(queries.remove('p1')).toBe(true);
    expect(queries.remove('p1')).toBe(false);
    expect(queries.page(10, 0)).toEqual([]);
  });
});
