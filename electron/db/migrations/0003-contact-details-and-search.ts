import type { Migration } from './migration';

/**
 * Contacts gain their numbers, SIP addresses and e-mail addresses, and a full-text index.
 *
 * contacts_fts uses the trigram tokenizer, so any run of three or more characters matches anywhere:
 * "ann" finds "Joanna", "5550123" finds "(512) 555-0123". Its `digits` column holds, for each
 * contact, the digits of every number as typed, in E.164 and in national format, space-separated
 * (contacts.search_digits, written by the contact queries). contacts.search_id is the FTS rowid:
 * an explicit column, because VACUUM may renumber the implicit rowid of a table keyed by TEXT.
 * Triggers keep the index in step with contacts, whatever code path writes them.
 */
export const contactDetailsAndSearch: Migration = {
  version: 3,
  name: 'contacts: phone numbers, SIP and e-mail addresses, full-text search',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN search_id INTEGER;
      ALTER TABLE contacts ADD COLUMN search_digits TEXT NOT NULL DEFAULT '';
      UPDATE contacts SET search_id = rowid;
      CREATE UNIQUE INDEX contacts_by_search_id ON contacts (search_id);
      CREATE INDEX contacts_by_list_order ON contacts (favourite DESC, name COLLATE NOCASE, id);
      CREATE INDEX contacts_by_name ON contacts (name COLLATE NOCASE);

      CREATE TABLE contact_phones (
        contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL CHECK (label IN ('mobile', 'work', 'home', 'main', 'fax', 'other')),
        number TEXT NOT NULL,
        e164 TEXT CHECK (e164 IS NULL OR e164 GLOB '+[1-9][0-9]*'),
        PRIMARY KEY (contact_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX contact_phones_by_e164 ON contact_phones (e164);

      CREATE TABLE contact_addresses (
        contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('sip', 'email')),
        position INTEGER NOT NULL,
        address TEXT NOT NULL,
        PRIMARY KEY (contact_id, kind, position)
      ) STRICT, WITHOUT ROWID;

      CREATE VIRTUAL TABLE contacts_fts USING fts5 (
        name, organisation, digits,
        tokenize = 'trigram remove_diacritics 1'
      );
      INSERT INTO contacts_fts (rowid, name, organisation, digits)
        SELECT search_id, name, organisation, search_digits FROM contacts;

      CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
        INSERT INTO contacts_fts (rowid, name, organisation, digits)
          VALUES (new.search_id, new.name, new.organisation, new.search_digits);
      END;
      CREATE TRIGGER contacts_fts_update AFTER UPDATE OF name, organisation, search_digits, search_id ON contacts BEGIN
        DELETE FROM contacts_fts WHERE rowid = old.search_id;
        INSERT INTO contacts_fts (rowid, name, organisation, digits)
          VALUES (new.search_id, new.name, new.organisation, new.search_digits);
      END;
      CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
        DELETE FROM contacts_fts WHERE rowid = old.search_id;
      END;
    `);
  },
};
