import type { Migration } from './migration';

/**
 * Call history: to whom a transferred call was handed on (a number or SIP address, as the person typed or picked
 * it). Calls recorded before, and calls not transferred: NULL.
 */
export const callTransferredTo: Migration = {
  version: 8,
  name: 'calls: transferred to',
  up(db) {
    db.exec('ALTER TABLE calls ADD COLUMN transferred_to TEXT CHECK (length(transferred_to) <= 512)');
  },
};
