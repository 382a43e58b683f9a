import type { Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { createContactQueries, type StoredContact } from './contact-queries';

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const storedContact = (id: string, name: string, overrides: Partial<StoredContact> = {}): StoredContact => ({
  id,
  name,
  organisation: '',
  phones: [],
  sipAddresses: [],
  emails: [],
  notes: '',
  favourite: false,
  ...overrides,
});

const bob = storedContact('p1', 'Bob', {
  organisation: 'Acme',
  phones: [
    { label: 'mobile', number: '(512) 555-0123', e164: '+15125550123' },
    { label: 'work', number: '12', e164: null },
  ],
  sipAddresses: ['bob@pbx.example.com'],
  emails: ['bob@example.com', 'robert@example.org'],
  notes: 'Call after 5',
  favourite: true,
});

describe('contact queries', () => {
  it('round-trips a contact with its numbers and addresses in order', () => {
    const queries = createContactQueries(db);
    queries.save(bob, '5125550123 15125550123');
    expect(queries.get('p1')).toEqual(bob);
    expect(db.prepare('SELECT favourite, search_digits FROM contacts').get()).toEqual({
      favourite: 1,
      search_digits: '5125550123 15125550123',
    });
    expect(queries.get('nobody')).toBeUndefined();
  });

  it('replaces numbers and addresses on save and keeps the search row in step', () => {
    const queries = createContactQueries(db);
    queries.save(bob, '5125550123');
    const changed = {
      ...bob,
      name: 'Robert',
      phones: [{ label: 'home' as const, number: '020', e164: null }],
      emails: [],
    };
    queries.save(changed, '020');
    expect(queries.get('p1')).toEqual(changed);
    expect(db.prepare('SELECT count(*) AS n FROM contact_phones').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT name, digits FROM contacts_fts WHERE contacts_fts MATCH \'"rob"\'').all()).toEqual([
      { name: 'Robert', digits: '020' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM contacts_fts').get()).toEqual({ n: 1 });
  });

  it('gives every new contact its own search id, also after deletions', () => {
    const queries = createContactQueries(db);
    for (const id of ['a', 'b', 'c']) queries.save(storedContact(id, id), '');
    queries.remove('c');
    queries.save(storedContact('d', 'd'), '');
    const ids = db.prepare<[], { search_id: number }>('SELECT search_id FROM contacts').all();
    expect(new Set(ids.map((row) => row.search_id)).size).toBe(3);
  });

  it('removes a contact with its numbers, addresses and search row', () => {
    const queries = createContactQueries(db);
    queries.save(bob, '5125550123');
    expect(queries.remove('p1')).toBe(true);
    expect(queries.remove('p1')).toBe(false);
    for (const table of ['contacts', 'contact_phones', 'contact_addresses', 'contacts_fts']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('finds contacts by E.164 and by name, favourites first when matching a number', () => {
    const queries = createContactQueries(db);
    const number = { label: 'mobile' as const, number: '+15125550123', e164: '+15125550123' };
    queries.save(storedContact('a', 'Zed', { phones: [number] }), '');
    queries.save(storedContact('b', 'Yves', { phones: [number], favourite: true }), '');
    queries.save(storedContact('c', 'Xavier', { phones: [number] }), '');
    expect(queries.idsWithNumber('+15125550123')).toEqual(['a', 'b', 'c']);
    expect(queries.matchNumber('+15125550123')).toEqual({ contactId: 'b', name: 'Yves' });
    expect(queries.matchNumber('+15125550199')).toBeUndefined();
    expect(queries.idsNamed('zED')).toEqual(['a']);
  });

  it('lists the numbers several contacts share, and list rows in the order asked', () => {
    const queries = createContactQueries(db);
    const phone = (e164: string) => ({ label: 'mobile' as const, number: e164, e164 });
    queries.save(storedContact('a', 'Ann', { phones: [phone('+15125550123'), phone('+15125550100')] }), '');
    queries.save(storedContact('b', 'Ben', { phones: [phone('+15125550123')] }), '');
    queries.save(storedContact('c', 'Cat', { phones: [phone('+15125550100')] }), '');
    queries.save(storedContact('d', 'Dan', { phones: [phone('+15125550999')] }), '');
    expect(queries.sharedNumbers(10)).toEqual([
      { e164: '+15125550100', contactIds: ['a', 'c'] },
      { e164: '+15125550123', contactIds: ['a', 'b'] },
    ]);
    expect(queries.listItems(['c', 'missing', 'a'])).toEqual([
      { id: 'c', name: 'Cat', organisation: '', favourite: false, primaryNumber: '+15125550100' },
      { id: 'a', name: 'Ann', organisation: '', favourite: false, primaryNumber: '+15125550123' },
    ]);
  });

  it('reads every contact with its details for export', () => {
    const queries = createContactQueries(db);
    queries.save(bob, '');
    queries.save(storedContact('p0', 'Ann'), '');
    expect(queries.all()).toEqual([storedContact('p0', 'Ann'), bob]);
  });
});
