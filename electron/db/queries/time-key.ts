/**
 * The SQL of a new row's time_key (migration 0006): its time in ms × 1000 plus a count for rows of
 * the same millisecond, so the table and its search index are in time order. It is the first free
 * key of the millisecond or, past a thousand rows in one millisecond, the key after the newest.
 * `at` is the SQL of the time, a named parameter such as `@at`.
 */
export function timeKeySql(table: 'messages' | 'voicemails', at: string): string {
  return `(
    SELECT iif(EXISTS (SELECT 1 FROM ${table} WHERE time_key = slot), (SELECT max(time_key) + 1 FROM ${table}), slot)
    FROM (SELECT coalesce(
      (SELECT max(time_key) + 1 FROM ${table} WHERE time_key BETWEEN ${at} * 1000 AND ${at} * 1000 + 999),
      ${at} * 1000) AS slot))`;
}
