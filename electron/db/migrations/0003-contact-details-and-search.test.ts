import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialTables } from './0001-initial-tables';
import { accountTlsTrust } from './0002-account-tls-trust';
import { contactDetailsAndSearch } from './0003-contact-details-and-search';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  initialTables.up(db);
  accountTlsTrust.up(db);
  db.prepare(
    "INSERT INTO contacts (id, name, organisation, created_at, updated_at) VALUES ('old', 'Zoë Old', 'Acme', 1, 1)",
  ).run();
  contactDetailsAndSearch.up(db);
});
afterEach(() => db.close());

const match = (query: string) =>
  db
    .prepare<[string], { id: string }>(
      'SELECT c.id FROM contacts_fts JOIN contacts c ON c.search_id = contacts_fts.rowid WHERE contacts_fts MATCH ? ORDER BY c.id',
    )
    .all(query)
    .map((row) => row.id);

function insertContact(id: string, name: string, digits = ''): void {
  db.prepare(
    `INSERT INTO contacts (id, name, search_digits, search_id, created_at, updated_at)
     VALUES (?, ?, ?, (SELECT coalesce(max(search_id), 0) + 1 FROM contacts), 1, 1)`,
  ).run(id, name, digits);
}

describe('migration 0003: contact details and search', () => {
  it('is version 3 and indexes the contacts that existed before', () => {
    expect(contactDetailsAndSearch.version).toBe(3);
    expect(
      db.prepare("SELECT search_id IS NOT NULL AS indexed, search_digits FROM contacts WHERE id = 'old'").get(),
    ).toEqual({
      indexed: 1,
      search_digits: '',
    });
    expect(match('"zoe"')).toEqual(['old']);
    expect(match('"acm"')).toEqual(['old']);
  });

  it('finds a contact by any run of three or more characters of its name or digits (trigram)', () => {
    insertContact('p1', 'Joanna Smith', '5125550123 15125550123');
    expect(match('"ann"')).toEqual(['p1']);
    expect(match('"SMI"')).toEqual(['p1']);
    expect(match('"5550123"')).toEqual(['p1']);
    expect(match('"1512"')).toEqual(['p1']);
    expect(match('"ann" "0123"')).toEqual(['p1']);
    expect(match('"9999"')).toEqual([]);
  });

  it('keeps the index in step on rename, on new digits and on delete (triggers)', () => {
    insertContact('p1', 'Bob', '111222333');
    db.prepare("UPDATE contacts SET name = 'Robert', search_digits = '444555666' WHERE id = 'p1'").run();
    expect(match('"bob"')).toEqual([]);
    expect(match('"rober"')).toEqual(['p1']);
    expect(match('"222"')).toEqual([]);
    expect(match('"4455"')).toEqual(['p1']);
    db.prepare("DELETE FROM contacts WHERE id = 'p1'").run();
    expect(match('"rober"')).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM contacts_fts').get()).toEqual({ n: 1 });
  });

  it('stores numbers and addresses in order and removes them with their contact', () => {
    insertContact('p1', 'Bob');
    db.prepare(
      "INSERT INTO contact_phones (contact_id, position, label, number, e164) VALUES ('p1', 0, 'mobile', '(512) 555-0123', '+15125550123')",
    ).run();
    db.prepare(
      "INSERT INTO contact_addresses (contact_id, kind, position, address) VALUES ('p1', 'sip', 0, 'bob@example.com'), ('p1', 'email', 0, 'bob@example.com')",
    ).run();
    db.prepare("DELETE FROM contacts WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM contact_phones').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM contact_addresses').get()).toEqual({ n: 0 });
  });

  it('refuses an unknown label or kind, a malformed E.164 and a number of a missing contact', () => {
    insertContact('p1', 'Bob');
    const phone = db.prepare(
      'INSERT INTO contact_phones (contact_id, position, label, number, e164) VALUES (?, ?, ?, ?, ?)',
    );
    expect(() => phone.run('p1', 0, 'pager', '1', null)).toThrow(/CHECK constraint failed/);
    expect(() => phone.run('p1', 0, 'work', '1', '15125550123')).toThrow(/CHECK constraint failed/);
    expect(() => phone.run('nobody', 0, 'work', '1', null)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      db
        .prepare("INSERT INTO contact_addresses (contact_id, kind, position, address) VALUES ('p1', 'fax', 0, 'x')")
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });

  it('finds numbers by E.164 and lists contacts in order through indexes', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');
    expect(plan("SELECT contact_id FROM contact_phones WHERE e164 = '+15125550123'")).toMatch(/contact_phones_by_e164/);
    expect(plan('SELECT id FROM contacts ORDER BY favourite DESC, name COLLATE NOCASE, id LIMIT 50')).toMatch(
      /contacts_by_list_order/,
    );
  });
});
