import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction, openSqlite, readPragma, type Database } from './sqlite';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  db.exec('CREATE TABLE notes (text TEXT NOT NULL)');
});
afterEach(() => db.close());

const insert = (text: string) => db.prepare<[string]>('INSERT INTO notes (text) VALUES (?)').run(text);
const texts = () =>
  db
    .prepare<[], { text: string }>('SELECT text FROM notes ORDER BY rowid')
    .all()
    .map((row) => row.text);

describe('inTransaction', () => {
  it('commits what the work wrote and returns its result', () => {
    expect(inTransaction(db, () => insert('kept').changes)).toBe(1);
    expect(texts()).toEqual(['kept']);
    expect(db.isTransaction).toBe(false);
  });

  it('rolls everything back when the work throws, and rethrows', () => {
    expect(() =>
      inTransaction(db, () => {
        insert('lost');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(texts()).toEqual([]);
    expect(db.isTransaction).toBe(false);
  });

  it('nests as a savepoint: an inner failure undoes only the inner writes', () => {
    inTransaction(db, () => {
      insert('outer');
      expect(() =>
        inTransaction(db, () => {
          insert('inner');
          throw new Error('inner failed');
        }),
      ).toThrow('inner failed');
      inTransaction(db, () => insert('second inner'));
    });
    expect(texts()).toEqual(['outer', 'second inner']);
  });

  it('refuses work that returns a promise, writing nothing', () => {
    expect(() =>
      inTransaction(db, () => {
        insert('async');
        return Promise.resolve();
      }),
    ).toThrow(/must not return a promise/);
    expect(texts()).toEqual([]);
  });

  it('survives a constraint error that SQLite reports inside the transaction', () => {
    expect(() =>
      inTransaction(db, () => {
        insert('before');
        db.prepare('INSERT INTO notes (text) VALUES (NULL)').run();
      }),
    ).toThrow(/NOT NULL constraint failed/);
    expect(texts()).toEqual([]);
    inTransaction(db, () => insert('after'));
    expect(texts()).toEqual(['after']);
  });
});

describe('openSqlite and readPragma', () => {
  it('turns foreign keys on and reads single-value pragmas', () => {
    expect(readPragma(db, 'foreign_keys')).toBe(1);
    expect(readPragma(db, 'busy_timeout')).toBe(2000);
    expect(readPragma(db, 'user_version')).toBe(0);
  });
});
