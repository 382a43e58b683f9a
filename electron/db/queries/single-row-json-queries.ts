import type { Database } from '../sqlite';

/** Tables holding one row (id 1) of JSON state, each validated by the service that reads it. */
export type SingleRowJsonTable = 'setup_progress' | 'office_trunk';

/** One row of JSON in, JSON out; the service validates what it reads. */
export function createSingleRowJsonQueries(db: Database, table: SingleRowJsonTable) {
  const select = db.prepare<[], { state: string }>(`SELECT state FROM ${table} WHERE id = 1`);
  const upsert = db.prepare<[string, number]>(
    `INSERT INTO ${table} (id, state, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = 1`);

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
