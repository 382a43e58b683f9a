import type { Database } from '../sqlite';

/** The office trunk's single row: JSON in, JSON out; the service validates what it reads. */
export function createOfficeTrunkQueries(db: Database) {
  const select = db.prepare<[], { state: string }>('SELECT state FROM office_trunk WHERE id = 1');
  const upsert = db.prepare<[string, number]>(
    `INSERT INTO office_trunk (id, state, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM office_trunk WHERE id = 1');

  return {
    /** undefined when there is no row, or its JSON cannot be parsed. */
    read(): unknown {
      const row = select.get();
      if (!row) return undefined;
      try {
        return JSON.parse(row.state) as unknown;
      } catch {
        return undefined;
      }
    },
    write(state: unknown): void {
      upsert.run(JSON.stringify(state), Date.now());
    },
    clear(): void {
      remove.run();
    },
  };
}

export type OfficeTrunkQueries = ReturnType<typeof createOfficeTrunkQueries>;
