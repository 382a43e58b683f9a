import { inTransaction, type Database } from '../sqlite';

type SettingRow = { key: string; value: string };

/** Settings are stored one JSON value per key, so a new setting needs no migration. */
export function createSettingsQueries(db: Database) {
  const selectAll = db.prepare<[], SettingRow>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  return {
    /** Values whose stored JSON cannot be parsed come back as undefined. */
    readAll(): Map<string, unknown> {
      return new Map(
        selectAll.all().map((row) => {
          try {
            return [row.key, JSON.parse(row.value) as unknown];
          } catch {
            return [row.key, undefined];
          }
        }),
      );
    },
    writeAll(values: Record<string, unknown>): void {
      inTransaction(db, () => {
        for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value));
      });
    },
  };
}

export type SettingsQueries = ReturnType<typeof createSettingsQueries>;
