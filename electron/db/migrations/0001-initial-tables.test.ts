import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialTables } from './0001-initial-tables';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  initialTables.up(db);
});
afterEach(() => db.close());

const account = {
  id: 'a1',
  label: 'Work',
  provider: 'sip',
  sip_address: 'alice@example.com',
  auth_username: 'alice',
  registrar: 'example.com',
  outbound_proxy: null,
  transport: 'tls',
  srtp: 'off',
  display_name: 'Alice',
  stun_server: null,
  enabled: 1,
  created_at: 1,
  updated_at: 1,
};

function insertAccount(overrides: Record<string, unknown> = {}): void {
  const row = { ...account, ...overrides };
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO accounts (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(
    row,
  );
}

function insertCall(overrides: Record<string, unknown> = {}): void {
  const row = { id: 'c1', direction: 'incoming', remote_number: '+15551234567', started_at: 1, ...overrides };
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO calls (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
}

describe('migration 0001: initial tables', () => {
  it('is version 1 and creates the four tables and the calls index', () => {
    expect(initialTables.version).toBe(1);
    const names = db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all();
    expect(names).toEqual(
      expect.arrayContaining([
        { type: 'table', name: 'settings' },
        { type: 'table', name: 'accounts' },
        { type: 'table', name: 'contacts' },
        { type: 'table', name: 'calls' },
        { type: 'index', name: 'calls_by_start' },
      ]),
    );
  });

  it('accepts a well-formed account', () => {
    insertAccount();
    expect(db.prepare('SELECT count(*) AS n FROM accounts').get()).toEqual({ n: 1 });
  });

  it.each([
    ['transport', 'udp'],
    ['transport', 'wss'],
    ['provider', 'skype'],
    ['srtp', 'sometimes'],
    ['enabled', 2],
  ])('refuses an account with %s = %s (CHECK constraint)', (column, value) => {
    expect(() => insertAccount({ [column]: value })).toThrow(/CHECK constraint failed/);
  });

  it('refuses a missing required column and a wrongly typed one (STRICT tables)', () => {
    expect(() => insertAccount({ label: null })).toThrow(/NOT NULL/);
    expect(() => insertAccount({ created_at: 'yesterday' })).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('keeps settings keys unique', () => {
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    insert.run('theme', '"dark"');
    expect(() => insert.run('theme', '"light"')).toThrow(/UNIQUE constraint failed/);
  });

  it('gives contacts defaults and refuses a non-boolean favourite', () => {
    db.prepare("INSERT INTO contacts (id, name, created_at, updated_at) VALUES ('p1', 'Bob', 1, 1)").run();
    expect(db.prepare('SELECT organisation, notes, favourite FROM contacts').get()).toEqual({
      organisation: '',
      notes: '',
      favourite: 0,
    });
    expect(() =>
      db
        .prepare("INSERT INTO contacts (id, name, favourite, created_at, updated_at) VALUES ('p2', 'C', 5, 1, 1)")
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });

  it('refuses a call with an unknown direction or a non-boolean seen', () => {
    expect(() => insertCall({ direction: 'sideways' })).toThrow(/CHECK constraint failed/);
    expect(() => insertCall({ seen: 3 })).toThrow(/CHECK constraint failed/);
    insertCall();
    expect(db.prepare('SELECT seen FROM calls').get()).toEqual({ seen: 0 });
  });

  it('keeps call history when its account or contact is deleted (ON DELETE SET NULL)', () => {
    insertAccount();
    db.prepare("INSERT INTO contacts (id, name, created_at, updated_at) VALUES ('p1', 'Bob', 1, 1)").run();
    insertCall({ account_id: 'a1', contact_id: 'p1' });
    db.prepare("DELETE FROM accounts WHERE id = 'a1'").run();
    db.prepare("DELETE FROM contacts WHERE id = 'p1'").run();
    expect(db.prepare('SELECT id, account_id, contact_id FROM calls').get()).toEqual({
      id: 'c1',
      account_id: null,
      contact_id: null,
    });
  });

  it('refuses a call that points at an account that does not exist', () => {
    expect(() => insertCall({ account_id: 'missing' })).toThrow(/FOREIGN KEY constraint failed/);
  });
});
