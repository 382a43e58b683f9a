import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialTables } from './0001-initial-tables';
import { accountTlsTrust } from './0002-account-tls-trust';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  initialTables.up(db);
  db.prepare(
    `INSERT INTO accounts (id, label, provider, sip_address, auth_username, registrar, transport, srtp,
      display_name, enabled, created_at, updated_at)
     VALUES ('a1', 'Work', 'sip', 'alice@pbx.example', 'alice', 'pbx.example', 'tls', 'off', 'Alice', 1, 1, 1)`,
  ).run();
  accountTlsTrust.up(db);
});
afterEach(() => db.close());

describe('migration 0002: account TLS trust', () => {
  it('adds the trust columns, empty for accounts that existed before', () => {
    expect(db.prepare('SELECT trusted_ca_pem, pinned_cert_sha256 FROM accounts WHERE id = ?').get('a1')).toEqual({
      trusted_ca_pem: null,
      pinned_cert_sha256: null,
    });
  });

  it('stores a CA and a pin as text', () => {
    db.prepare("UPDATE accounts SET trusted_ca_pem = 'PEM', pinned_cert_sha256 = 'AB' WHERE id = 'a1'").run();
    expect(db.prepare('SELECT trusted_ca_pem, pinned_cert_sha256 FROM accounts').get()).toEqual({
      trusted_ca_pem: 'PEM',
      pinned_cert_sha256: 'AB',
    });
  });
});
