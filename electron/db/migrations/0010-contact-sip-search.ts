import type { Migration } from './migration';

/**
 * Contacts are found by their SIP addresses.
 *
 * contacts.search_addresses holds a contact's SIP addresses in their bare form (no scheme, lower
 * case: "alice@sip.example.com"), space-separated, written by the contact queries like search_digits.
 * contacts_fts gains an `addresses` column: an FTS5 table cannot add columns, so it is rebuilt from
 * contacts with the same trigram tokenizer and its triggers are replaced. (The dialer's favourites,
 * listed by name, are served by contacts_by_list_order from 0003: no index is needed for them.)
 */
export const contactSipSearch: Migration = {
  version: 10,
  name: 'contacts: SIP addresses in the search index',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN search_addresses TEXT NOT NULL DEFAULT '';
      UPDATE contacts SET search_addresses = coalesce((
        SELECT group_concat(lower(CASE WHEN a.address LIKE 'sips:%' THEN substr(a.address, 6)
          WHEN a.address LIKE 'sip:%' THEN substr(a.address, 5) ELSE a.address END), ' ')
        FROM (SELECT address FROM contact_addresses WHERE contact_id = contacts.id AND kind = 'sip' ORDER BY position) a
      ), '');

      DROP TRIGGER contacts_fts_insert;
      DROP TRIGGER contacts_fts_update;
      DROP TRIGGER contacts_fts_delete;
      DROP TABLE contacts_fts;
      CREATE VIRTUAL TABLE contacts_fts USING fts5 (
        name, organisation, digits, addresses,
        tokenize = 'trigram remove_diacritics 1'
      );
      INSERT INTO contacts_fts (rowid, name, organisation, digits, addresses)
        SELECT search_id, name, organisation, search_digits, search_addresses FROM contacts;

      CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
        INSERT INTO contacts_fts (rowid, name, organisation, digits, addresses)
          VALUES (new.search_id, new.name, new.organisation, new.search_digits, new.search_addresses);
      END;
      CREATE TRIGGER contacts_fts_update
      AFTER UPDATE OF name, organisation, search_digits, search_addresses, search_id ON contacts BEGIN
        DELETE FROM contacts_fts WHERE rowid = old.search_id;
        INSERT INTO contacts_fts (rowid, name, organisation, digits, addresses)
          VALUES (new.search_id, new.name, new.organisation, new.search_digits, new.search_addresses);
      END;
      CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
        DELETE FROM contacts_fts WHERE rowid = old.search_id;
      END;
    `);
  },
};
