import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allMigrations } from './all-migrations';
import { callPrice } from './0011-call-price';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  for (const migration of allMigrations.slice(0, 10)) migration.up(db);
  db.prepare(
    "INSERT INTO calls (id, direction, remote_number, started_at) VALUES ('before', 'outgoing', '+15125550123', 1)",
  ).run();
  callPrice.up(db);
});
afterEach(() => db.close());

describe('migration 0011: call price', () => {
  it('is version 11 and leaves the calls recorded before without a price', () => {
    expect(callPrice.version).toBe(11);
    expect(db.prepare('SELECT id, price, price_unit FROM calls').all()).toEqual([
      { id: 'before', price: null, price_unit: null },
    ]);
  });

  it('keeps a price and its currency, and refuses a negative price or a currency that is not one', () => {
    db.prepare("UPDATE calls SET price = 0.013, price_unit = 'USD' WHERE id = 'before'").run();
    expect(db.prepare('SELECT price, price_unit FROM calls').get()).toEqual({ price: 0.013, price_unit: 'USD' });
    expect(() => db.prepare('UPDATE calls SET price = -0.013').run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE calls SET price_unit = 'usd'").run()).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE calls SET price_unit = 'DOLLARS'").run()).toThrow(/CHECK constraint failed/);
  });
});
