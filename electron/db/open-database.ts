import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { assertNever } from '../../shared/assert-never';
import { allMigrations } from './migrations/all-migrations';
import { checkMigrationOrder, type Migration } from './migrations/migration';
import { inTransaction, openSqlite, readPragma, type Database } from './sqlite';

export type DatabaseOpenProblem = 'corrupt' | 'too-new';

/** Why a corrupt file cannot be read; 'sqlite' passes on SQLite's own words. */
export type DatabaseDamage =
  | { cause: 'not-sqlite' }
  | { cause: 'damaged-pages' }
  | { cause: 'bad-version'; version: number }
  | { cause: 'sqlite'; detail: string };

/**
 * What the start-failure dialog needs to say the refusal in the person's language
 * (electron/start-failure/start-failure-text.ts, whose English is this file's message: a test keeps them in step).
 */
export type DatabaseOpenFacts = ({ file: string } & DatabaseDamage) | { file: string; version: number; known: number };

/** Why the database could not be opened; the file itself is never modified in these cases. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseOpenProblem,
    message: string,
    readonly facts?: DatabaseOpenFacts,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(sqliteHeader.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(sqliteHeader);
  } finally {
    closeSync(fd);
  }
}

function damageInEnglish(damage: DatabaseDamage): string {
  switch (damage.cause) {
    case 'not-sqlite':
      return 'it is not an SQLite database';
    case 'damaged-pages':
      return 'some of its pages are damaged';
    case 'bad-version':
      return `its schema version ${damage.version} is invalid`;
    case 'sqlite':
      return damage.detail;
    default:
      return assertNever(damage);
  }
}

function corrupt(file: string, damage: DatabaseDamage): DatabaseOpenError {
  return new DatabaseOpenError(
    'corrupt',
    `Dialtone's database at ${file} cannot be read (${damageInEnglish(damage)}). It was left untouched. ` +
      'Restore it from a backup, or move it elsewhere and restart Dialtone to begin with an empty one.',
    { file, ...damage },
  );
}

/** Reads the schema version without writing anything, so a file we must refuse stays byte-identical. */
function readExistingVersion(file: string): number {
  if (!existsSync(file) || statSync(file).size === 0) return 0;
  if (!hasSqliteHeader(file)) throw corrupt(file, { cause: 'not-sqlite' });
  // A read-only probe of a WAL database creates -wal and -shm files it cannot remove on close.
  const sidecarsCreatedByProbe = [`${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path));
  let db: Database | undefined;
  let version: number | 'damaged';
  try {
    db = openSqlite(file, { readOnly: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    version = readPragma(db, 'quick_check(1)') === 'ok' ? (readPragma(db, 'user_version') as number) : 'damaged';
  } catch (error) {
    throw corrupt(file, { cause: 'sqlite', detail: error instanceof Error ? error.message : String(error) });
  } finally {
    db?.close();
    for (const path of sidecarsCreatedByProbe) rmSync(path, { force: true });
  }
  if (version === 'damaged') throw corrupt(file, { cause: 'damaged-pages' });
  if (!Number.isSafeInteger(version) || version < 0) throw corrupt(file, { cause: 'bad-version', version });
  return version;
}

function migrate(db: Database, migrations: readonly Migration[], from: number): void {
  for (const migration of migrations.slice(from)) {
    inTransaction(db, () => {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}

/**
 * Opens (or creates) the database, refuses one written by a newer Dialtone or one that is damaged,
 * then brings the schema up to date, one transaction per migration.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = allMigrations): Database {
  checkMigrationOrder(migrations);
  const version = readExistingVersion(file);
  if (version > migrations.length) {
    throw new DatabaseOpenError(
      'too-new',
      `Dialtone's database at ${file} was written by a newer version of Dialtone (schema ${version}; ` +
        `this version knows up to ${migrations.length}). It was left untouched: install the newer Dialtone again.`,
      { file, version, known: migrations.length },
    );
  }
  const db = openSqlite(file);
  try {
    // A 16 MB page cache (SQLite's default is 2 MB): contact search on 100,000 contacts reads the
    // same index pages again and again (bench:data).
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16000');
    migrate(db, migrations, version);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
