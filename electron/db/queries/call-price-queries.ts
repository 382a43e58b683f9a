import type { Database } from '../sqlite';

export interface StoredPrice {
  /** Positive: what the call cost. */
  amount: number;
  currency: string;
}

export interface PeriodTotal extends StoredPrice {
  calls: number;
}

/** What calls cost, once Twilio priced them (migration 0011): kept for good, so totals never ask Twilio. */
export function createCallPriceQueries(db: Database) {
  const select = db.prepare<[string], { price: number | null; price_unit: string | null }>(
    'SELECT price, price_unit FROM calls WHERE id = ?',
  );
  const update = db.prepare<[number, string, string]>(
    'UPDATE calls SET price = ?, price_unit = ? WHERE id = ? AND price IS NULL',
  );
  const totals = db.prepare<[number, number], { currency: string; amount: number; calls: number }>(`
    SELECT price_unit AS currency, sum(price) AS amount, count(*) AS calls FROM calls
    WHERE price IS NOT NULL AND started_at >= ? AND started_at < ?
    GROUP BY price_unit ORDER BY calls DESC, price_unit LIMIT 10`);
  return {
    get(id: string): StoredPrice | null {
      const row = select.get(id);
      return row && row.price !== null && row.price_unit !== null
        ? { amount: row.price, currency: row.price_unit }
        : null;
    },
    /** A price, once final; a row that already has one keeps it. */
    record: (id: string, price: StoredPrice): void => void update.run(price.amount, price.currency, id),
    /** The calls started in [from, to) that have a price, totalled per currency (most calls first). */
    totals: (from: number, to: number): PeriodTotal[] => totals.all(from, to),
  };
}

export type CallPriceQueries = ReturnType<typeof createCallPriceQueries>;
