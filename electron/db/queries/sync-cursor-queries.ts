import type { Database } from '../sqlite';

/** Where each sync resumes: voicemail by creation time, messages to and from the number by send time. */
export type SyncCursorName = 'voicemail' | 'messages-to' | 'messages-from';

/** One text value per cursor (the sync decides its format); unset until the first sync completes. */
export function createSyncCursorQueries(db: Database) {
  const select = db.prepare<[SyncCursorName], { value: string }>('SELECT value FROM sync_cursors WHERE name = ?');
  const upsert = db.prepare<[SyncCursorName, string]>(
    'INSERT INTO sync_cursors (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  );

  return {
    get: (name: SyncCursorName): string | null => select.get(name)?.value ?? null,
    set: (name: SyncCursorName, value: string): void => void upsert.run(name, value),
  };
}

export type SyncCursorQueries = ReturnType<typeof createSyncCursorQueries>;
