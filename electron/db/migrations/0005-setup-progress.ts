import type { Migration } from './migration';

/**
 * The first-run wizard's progress (step, chosen edge and number, the sids of what it created on the
 * Twilio account), one JSON row, so a restart resumes the setup and a rerun finds what exists.
 * Nothing secret: the Twilio credentials and the SIP password live in the SecretStore.
 */
export const setupProgress: Migration = {
  version: 5,
  name: 'setup_progress: the setup wizard state',
  up(db) {
    db.exec(`
      CREATE TABLE setup_progress (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
    `);
  },
};
