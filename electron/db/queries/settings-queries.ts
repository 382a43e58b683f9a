import type { Database } from 'better-sqlite3';

type SettingRow = { key: string; value: string };

/** Settings are stored one JSON value per key, so a new setting needs no migration. */
export function createSettingsQueries(db: Database) {
  const selectAll = db.prepare<[], SettingRow>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const writeAll = db.transaction((entries: [string, unknown][]) => {
    for (const [key, value] of entries) upsert.run(key, JSON.stringify(value));
  });

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
      writeAll(Object.entries(values));
    },
  };
}

export type SettingsQueries = ReturnType<typeof createSettingsQueries>;
