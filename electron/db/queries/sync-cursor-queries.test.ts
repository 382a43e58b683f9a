import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../open-database';
import type { Database } from '../sqlite';
import { createSyncCursorQueries, type SyncCursorName } from './sync-cursor-queries';

let dir: string;
let db: Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dialtone-cursors-'));
  db = openDatabase(join(dir, 'dialtone.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sync cursor queries', () => {
  it('has no cursor before the first sync, then keeps each one apart', () => {
    const cursors = createSyncCursorQueries(db);
    expect(cursors.get('voicemail')).toBeNull();
    cursors.set('voicemail', '2024-05-01T10:00:00.000Z');
    cursors.set('messages-to', '2024-05-02T10:00:00.000Z');
    expect(cursors.get('voicemail')).toBe('2024-05-01T10:00:00.000Z');
    expect(cursors.get('messages-to')).toBe('2024-05-02T10:00:00.000Z');
    expect(cursors.get('messages-from')).toBeNull();
  });

  it('moves a cursor by replacing its value, and keeps it across a restart', () => {
    createSyncCursorQueries(db).set('messages-from', 'first');
    createSyncCursorQueries(db).set('messages-from', 'second');
    db.close();
    db = openDatabase(join(dir, 'dialtone.sqlite'));
    expect(createSyncCursorQueries(db).get('messages-from')).toBe('second');
    expect(db.prepare('SELECT count(*) AS n FROM sync_cursors').get()).toEqual({ n: 1 });
  });

  it('refuses a cursor name the sync does not know', () => {
    expect(() => createSyncCursorQueries(db).set('calls' as SyncCursorName, 'x')).toThrow(/CHECK constraint failed/);
  });
});
