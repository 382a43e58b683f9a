import { DatabaseSync, type SQLInputValue } from 'node:sqlite';

// node:sqlite is built into Node and so into Electron's main process: no native module to build
// for Electron's ABI, and no C++ toolchain for contributors.

/** What a write changed; counts are numbers because Dialtone never turns on readBigInts. */
export type RunResult = { changes: number; lastInsertRowid: number };

/** Positional values, or one object of named values (`@name` in the SQL). */
type AnyParameters = SQLInputValue[] | [Record<string, unknown>];

/** A prepared statement typed by its parameters and the shape of its rows. */
export interface Statement<Parameters extends unknown[] = AnyParameters, Row = unknown> {
  get(...parameters: Parameters): Row | undefined;
  all(...parameters: Parameters): Row[];
  run(...parameters: Parameters): RunResult;
}

/** node:sqlite's DatabaseSync with statements typed at the call site (its own rows are untyped records). */
export interface Database extends Omit<DatabaseSync, 'prepare'> {
  prepare<Parameters extends unknown[] = AnyParameters, Row = unknown>(sql: string): Statement<Parameters, Row>;
}

export function openSqlite(file: string, options: { readOnly?: boolean } = {}): Database {
  return new DatabaseSync(file, {
    readOnly: options.readOnly ?? false,
    enableForeignKeyConstraints: true,
    timeout: 2000,
  }) as unknown as Database;
}

/** The value of a pragma that answers one row with one column, such as user_version or quick_check(1). */
export function readPragma(db: Database, pragma: string): unknown {
  const row = db.prepare<[], Record<string, unknown>>(`PRAGMA ${pragma}`).get();
  return row === undefined ? undefined : Object.values(row)[0];
}

function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

let savepointCount = 0;

/**
 * Runs work in one transaction: committed if it returns, rolled back if it throws. Called inside
 * another transaction it becomes a savepoint, so a failure undoes only its own writes and the
 * error still reaches the outer transaction.
 */
export function inTransaction<T>(db: Database, work: () => T): T {
  const savepoint = db.isTransaction ? `nested_${++savepointCount}` : undefined;
  db.exec(savepoint ? `SAVEPOINT ${savepoint}` : 'BEGIN');
  let result: T;
  try {
    result = work();
    // SQLite cannot keep a transaction open across an await: the writes would not be atomic.
    if (isThenable(result)) throw new TypeError('A transaction must not return a promise');
  } catch (error) {
    // Some errors (a full disk, for one) make SQLite roll the whole transaction back itself.
    if (db.isTransaction) db.exec(savepoint ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK');
    throw error;
  }
  db.exec(savepoint ? `RELEASE ${savepoint}` : 'COMMIT');
  return result;
}
