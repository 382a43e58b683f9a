import type { Migration } from './migration';

/**
 * Call history: whether the caller's carrier vouched for their number (SHAKEN/STIR full
 * attestation, passed on by Twilio). Calls recorded before were not checked: 0, not verified.
 */
export const callCallerVerified: Migration = {
  version: 7,
  name: 'calls: caller verified flag',
  up(db) {
    db.exec(
      'ALTER TABLE calls ADD COLUMN caller_verified INTEGER NOT NULL DEFAULT 0 CHECK (caller_verified IN (0, 1))',
    );
  },
};
