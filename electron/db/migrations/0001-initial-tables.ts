import type { Migration } from './migration';

export const initialTables: Migration = {
  version: 1,
  name: 'initial tables: settings, accounts, contacts, calls',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        provider TEXT NOT NULL CHECK (provider IN ('twilio', 'sip')),
        sip_address TEXT NOT NULL,
        auth_username TEXT NOT NULL,
        registrar TEXT NOT NULL,
        outbound_proxy TEXT,
        transport TEXT NOT NULL CHECK (transport IN ('tls', 'tcp')),
        srtp TEXT NOT NULL CHECK (srtp IN ('off', 'optional', 'mandatory')),
        display_name TEXT NOT NULL,
        stun_server TEXT,
        enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE calls (
        id TEXT PRIMARY KEY,
        account_id TEXT REFERENCES accounts (id) ON DELETE SET NULL,
        contact_id TEXT REFERENCES contacts (id) ON DELETE SET NULL,
        direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
        remote_number TEXT NOT NULL,
        remote_e164 TEXT,
        started_at INTEGER NOT NULL,
        answered_at INTEGER,
        ended_at INTEGER,
        end_reason TEXT,
        twilio_call_sid TEXT,
        seen INTEGER NOT NULL DEFAULT 0 CHECK (seen IN (0, 1))
      ) STRICT;

      CREATE INDEX calls_by_start ON calls (started_at DESC);
    `);
  },
};
