import type { Migration } from './migration';

/**
 * The office trunk (an Elastic SIP trunk for the person's PBX): what was asked, the sids of what was made on the
 * Twilio account and how far it got, one JSON row, so a restart resumes and removal finds it. Nothing secret: the
 * trunk's and the extension's passwords live in the SecretStore.
 */
export const officeTrunk: Migration = {
  version: 9,
  name: 'office_trunk: the office PBX trunk',
  up(db) {
    db.exec(`
      CREATE TABLE office_trunk (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state TEXT NOT NULL CHECK (length(state) <= 100000),
        updated_at INTEGER NOT NULL
      );
    `);
  },
};
