import type { Migration } from './migration';

/**
 * Call history: what a call on the Twilio line cost, as Twilio's Call resource says once it has it (a positive
 * amount, and its ISO 4217 currency). Stored once final, so History's monthly total never asks Twilio again.
 * Calls recorded before, calls on other SIP accounts and calls Twilio has not priced yet: NULL.
 */
export const callPrice: Migration = {
  version: 11,
  name: 'calls: price',
  up(db) {
    db.exec(`
      ALTER TABLE calls ADD COLUMN price REAL CHECK (price IS NULL OR (price >= 0 AND price <= 100000));
      ALTER TABLE calls ADD COLUMN price_unit TEXT CHECK (price_unit IS NULL OR price_unit GLOB '[A-Z][A-Z][A-Z]');
    `);
  },
};
