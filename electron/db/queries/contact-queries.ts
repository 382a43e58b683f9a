import type { Database } from 'better-sqlite3';

type ContactRow = {
  id: string;
  name: string;
  organisation: string;
  notes: string;
  favourite: 0 | 1;
  created_at: number;
  updated_at: number;
};

export type StoredContact = {
  id: string;
  name: string;
  organisation: string;
  notes: string;
  favourite: boolean;
};

function fromRow(row: ContactRow): StoredContact {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    notes: row.notes,
    favourite: row.favourite === 1,
  };
}

export function createContactQueries(db: Database) {
  const columns = 'id, name, organisation, notes, favourite, created_at, updated_at';
  const selectOne = db.prepare<[string], ContactRow>(`SELECT ${columns} FROM contacts WHERE id = ?`);
  const selectPage = db.prepare<[number, number], ContactRow>(
    `SELECT ${columns} FROM contacts ORDER BY favourite DESC, name COLLATE NOCASE, id LIMIT ? OFFSET ?`,
  );
  const upsert = db.prepare(`
    INSERT INTO contacts (${columns})
    VALUES (@id, @name, @organisation, @notes, @favourite, @now, @now)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation,
      notes = excluded.notes, favourite = excluded.favourite, updated_at = excluded.updated_at`);
  const remove = db.prepare<[string]>('DELETE FROM contacts WHERE id = ?');

  return {
    get: (id: string): StoredContact | undefined => {
      const row = selectOne.get(id);
      return row && fromRow(row);
    },
    /** Favourites first, then by name. */
    page: (limit: number, offset: number): StoredContact[] => selectPage.all(limit, offset).map(fromRow),
    save(contact: StoredContact, now = Date.now()): void {
      upsert.run({ ...contact, favourite: contact.favourite ? 1 : 0, now });
    },
    remove: (id: string): boolean => remove.run(id).changes > 0,
  };
}

export type ContactQueries = ReturnType<typeof createContactQueries>;
