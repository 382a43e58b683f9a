/**
 * The one place typed search text is made safe for an FTS5 query; contact and inbox search plan
 * their queries from what these return.
 */

/** Only the first words count: each is a condition of the query, and a pasted paragraph would make more than SQLite accepts. */
export const maxSearchWords = 8;

/** Control characters (a NUL would end the FTS query string) become spaces; runs of white space one space. */
export function cleanSearchText(query: string): string {
  return query
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** A term as an FTS5 string: quotes, `*`, `NEAR(`, `OR` or `column:` typed in it are plain text, never syntax. */
export const ftsString = (term: string): string => `"${term.replaceAll('"', '""')}"`;
