import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allMigrations } from './all-migrations';
import { contactSipSearch } from './0010-contact-sip-search';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  for (const migration of allMigrations.filter((m) => m.version < 10)) migration.up(db);
  db.prepare(
    `INSERT INTO contacts (id, name, organisation, search_digits, search_id, created_at, updated_at)
     VALUES ('old', 'Ann Old', 'Acme', '5125550123', 1, 1, 1)`,
  ).run();
  db.prepare(
    `INSERT INTO contact_addresses (contact_id, kind, position, address) VALUES
     ('old', 'sip', 0, 'sip:Ann.Old@PBX.example.com'), ('old', 'sip', 1, 'desk7@office.example.org'),
     ('old', 'email', 2, 'ann@mail.example.com')`,
  ).run();
  contactSipSearch.up(db);
});
afterEach(() => db.close());

const match = (query: string) =>
  db
    .prepare<[string], { id: string }>(
      'SELECT c.id FROM contacts_fts JOIN contacts c ON c.search_id = contacts_fts.rowid WHERE contacts_fts MATCH ? ORDER BY c.id',
    )
    .all(query)
    .map((row) => row.id);

describe('migration 0010: SIP addresses in contact search', () => {
  it('is version 10 and indexes the SIP addresses (bare, lower case) of contacts that existed before', () => {
    expect(contactSipSearch.version).toBe(10);
    expect(db.prepare("SELECT search_addresses FROM contacts WHERE id = 'old'").get()).toEqual({
      search_addresses: 'ann.old@pbx.example.com desk7@office.example.org',
    });
    expect(match('"desk7@office"')).toEqual(['old']);
    expect(match('"ann.old@pbx"')).toEqual(['old']);
    // E-mail addresses are not SIP addresses; the old columns still match.
    expect(match('"mail.example"')).toEqual([]);
    expect(match('"acm" "5550123"')).toEqual(['old']);
  });

  it('keeps the addresses column in step on update and delete (triggers)', () => {
    db.prepare("UPDATE contacts SET search_addresses = 'bob@sip.example.net' WHERE id = 'old'").run();
    expect(match('"desk7"')).toEqual([]);
    expect(match('"bob@sip"')).toEqual(['old']);
    db.prepare("DELETE FROM contacts WHERE id = 'old'").run();
    expect(match('"bob@sip"')).toEqual([]);
  });
});
