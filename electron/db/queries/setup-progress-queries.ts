import type { Database } from '../sqlite';

/** The setup wizard's single row: JSON in, JSON out; the service validates what it reads. */
export function createSetupProgressQueries(db: Database) {
  const select = db.prepare<[], { state: string }>('SELECT state FROM setup_progress WHERE id = 1');
  const upsert = db.prepare<[string, number]>(
    `INSERT INTO setup_progress (id, state, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );

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
  };
}

export type SetupProgressQueries = ReturnType<typeof createSetupProgressQueries>;
