import type { Migration } from './migration';

/**
 * Call history: a stored `missed` flag (an incoming call that ended, or was cut off by a crash,
 * without being answered), so the missed filter and the unseen count are index lookups over a
 * million rows; indexes for the direction filters, for unlinking a deleted contact's calls and for finding
 * the calls a crash left unfinished.
 */
export const callHistoryMissed: Migration = {
  version: 4,
  name: 'calls: missed flag and history indexes',
  up(db) {
    db.exec(`
      ALTER TABLE calls ADD COLUMN missed INTEGER NOT NULL DEFAULT 0 CHECK (missed IN (0, 1));
      UPDATE calls SET missed = 1 WHERE direction = 'incoming' AND answered_at IS NULL;
      CREATE INDEX calls_missed_by_start ON calls (started_at DESC) WHERE missed = 1;
      CREATE INDEX calls_missed_unseen ON calls (started_at) WHERE missed = 1 AND seen = 0;
      CREATE INDEX calls_by_direction ON calls (direction, started_at DESC);
      CREATE INDEX calls_by_contact ON calls (contact_id) WHERE contact_id IS NOT NULL;
      CREATE INDEX calls_unfinished ON calls (started_at) WHERE ended_at IS NULL;
    `);
  },
};
