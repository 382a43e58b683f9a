import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite, readPragma, type Database } from './sqlite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../test-support/backend-fixture';
import { allMigrations } from './migrations/all-migrations';
import type { Migration } from './migrations/migration';
import { DatabaseOpenError, openDatabase } from './open-database';

let temp: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  temp = makeTempDir('dialtone-db-');
  file = join(temp.dir, 'dialtone.sqlite');
});
afterEach(() => temp.remove());

const tableNames = (db: Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );

/** Everything a refusal must leave exactly as it was: the bytes of the file and the folder's listing. */
function snapshot() {
  return {
    hash: createHash('sha256').update(readFileSync(file)).digest('hex'),
    entries: readdirSync(temp.dir).sort(),
  };
}

function refusal(migrations?: readonly Migration[]): DatabaseOpenError {
  try {
    openDatabase(file, migrations).close();
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error;
    throw error;
  }
  throw new Error('openDatabase accepted a database it should have refused');
}

/** Writes a database directly with SQLite, as another version of Dialtone would have. */
function writeRawDatabase(setup: (db: Database) => void, journalMode = 'wal'): void {
  const db = openSqlite(file);
  db.exec(`PRAGMA journal_mode = ${journalMode}`);
  setup(db);
  db.close();
}

describe('openDatabase: creating and migrating', () => {
  it('brings an empty folder to the latest schema, in WAL mode with foreign keys on and a 16 MB cache', () => {
    const db = openDatabase(file);
    expect(readPragma(db, 'user_version')).toBe(allMigrations.length);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['accounts', 'calls', 'contacts', 'settings']));
    expect(readPragma(db, 'journal_mode')).toBe('wal');
    expect(readPragma(db, 'foreign_keys')).toBe(1);
    expect(readPragma(db, 'cache_size')).toBe(-16000);
    db.close();
  });

  it('runs each migration once, however often the database is reopened', () => {
    const spied = allMigrations.map((migration) => ({ ...migration, up: vi.fn(migration.up) }));
    openDatabase(file, spied).close();
    openDatabase(file, spied).close();
    const db = openDatabase(file, spied);
    for (const migration of spied) expect(migration.up).toHaveBeenCalledTimes(1);
    expect(readPragma(db, 'user_version')).toBe(allMigrations.length);
    db.close();
  });

  it('runs only the migrations newer than the stored version', () => {
    openDatabase(file).close();
    const next: Migration = { version: allMigrations.length + 1, name: 'next', up: vi.fn() };
    const spied = allMigrations.map((migration) => ({ ...migration, up: vi.fn(migration.up) }));
    const db = openDatabase(file, [...spied, next]);
    for (const migration of spied) expect(migration.up).not.toHaveBeenCalled();
    expect(next.up).toHaveBeenCalledTimes(1);
    expect(readPragma(db, 'user_version')).toBe(allMigrations.length + 1);
    db.close();
  });

  it('rolls a failing migration back: no partial table, user_version unchanged', () => {
    openDatabase(file).close();
    const failing: Migration = {
      version: allMigrations.length + 1,
      name: 'fails half way',
      up(db) {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        db.exec("INSERT INTO settings (key, value) VALUES ('half', '1')");
        throw new Error('migration failed');
      },
    };
    expect(() => openDatabase(file, [...allMigrations, failing])).toThrow('migration failed');
    const db = openSqlite(file, { readOnly: true });
    expect(readPragma(db, 'user_version')).toBe(allMigrations.length);
    expect(tableNames(db)).not.toContain('half_done');
    expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('rolls back a failing first migration on a new database', () => {
    const failing: Migration = {
      version: 1,
      name: 'fails',
      up(db) {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        throw new Error('first migration failed');
      },
    };
    expect(() => openDatabase(file, [failing])).toThrow('first migration failed');
    const db = openSqlite(file, { readOnly: true });
    expect(readPragma(db, 'user_version')).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('refuses a migration list that is out of order before touching the disk', () => {
    const [first] = allMigrations;
    expect(() => openDatabase(file, [{ ...first!, version: 2 }])).toThrow(/expected 1/);
    expect(readdirSync(temp.dir)).toEqual([]);
  });
});

describe('openDatabase: refusing a database from the future', () => {
  it.each(['wal', 'delete'])('refuses user_version 99 (journal mode %s) and leaves the file untouched', (mode) => {
    writeRawDatabase((db) => {
      db.exec('CREATE TABLE from_the_future (id INTEGER PRIMARY KEY)');
      db.exec('PRAGMA user_version = 99');
    }, mode);
    const before = snapshot();
    const error = refusal();
    expect(error.problem).toBe('too-new');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/newer version of Dialtone/);
    expect(error.message).toMatch(/install the newer Dialtone/);
    expect(snapshot()).toEqual(before);
  });
});

describe('openDatabase: refusing a damaged database', () => {
  function expectCorruptAndUntouched(): void {
    const before = snapshot();
    const error = refusal();
    expect(error.problem).toBe('corrupt');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/cannot be read/);
    expect(error.message).toMatch(/left untouched/);
    expect(error.message).toMatch(/Restore it from a backup/);
    expect(snapshot()).toEqual(before);
  }

  it('refuses a file of random bytes', () => {
    writeFileSync(file, randomBytes(64 * 1024));
    expectCorruptAndUntouched();
  });

  it('refuses a file with a valid SQLite header followed by garbage pages', () => {
    const db = openDatabase(file);
    db.exec("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')");
    db.close();
    const bytes = readFileSync(file);
    randomBytes(bytes.length - 100).copy(bytes, 100);
    writeFileSync(file, bytes);
    expectCorruptAndUntouched();
  });

  it('refuses a database whose first page is intact but whose other pages are garbage', () => {
    openDatabase(file).close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    randomBytes(bytes.length - pageSize).copy(bytes, pageSize);
    writeFileSync(file, bytes);
    expectCorruptAndUntouched();
  });

  it('refuses a negative schema version instead of re-running migrations', () => {
    writeRawDatabase((db) => db.exec('PRAGMA user_version = -1'));
    expectCorruptAndUntouched();
  });

  it('treats an empty file as a new database', () => {
    writeFileSync(file, '');
    const db = openDatabase(file);
    expect(readPragma(db, 'user_version')).toBe(allMigrations.length);
    db.close();
  });
});
