import type { Database } from '../sqlite';
import { inboxTextLimits } from '../../../shared/models/inbox';
import { readableText } from '../../../shared/readable-text';
import { cleanSearchText, ftsString, maxSearchWords } from './search-text';

export interface InboxSearchRow {
  kind: 'message' | 'voicemail';
  /** The message's or the voicemail's Twilio sid. */
  id: string;
  remoteNumber: string;
  at: number;
  /** Plain text around the first match, at most inboxTextLimits.snippet long. */
  snippet: string;
}

/**
 * Every typed word must begin a word of the text ("meet" finds "meeting", accents ignored). A word
 * with no letter or digit can match nothing (the index splits text at everything else), so it
 * neither counts nor takes one of the first maxSearchWords places.
 */
export function planInboxSearch(query: string): string | null {
  const words = cleanSearchText(query)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, maxSearchWords);
  return words.length === 0 ? null : words.map((word) => `${ftsString(word)}*`).join(' ');
}

const snippetWords = 16;
const snippetSql = (table: string) => `snippet(${table}, 0, '', '', '…', ${snippetWords})`;

type Row = { id: string; remote_number: string; at: number; snippet: string };

/** Message bodies and voicemail transcriptions containing every typed word, newest first. */
export function createInboxSearchQueries(db: Database) {
  const searchMessages = db.prepare<[string, number], Row>(`
    SELECT m.sid AS id, m.remote_number, m.at, ${snippetSql('messages_fts')} AS snippet
    FROM messages_fts JOIN messages m ON m.time_key = messages_fts.rowid
    WHERE messages_fts MATCH ? ORDER BY messages_fts.rowid DESC LIMIT ?`);
  const searchVoicemails = db.prepare<[string, number], Row>(`
    SELECT v.sid AS id, v.from_number AS remote_number, v.created_at AS at, ${snippetSql('voicemails_fts')} AS snippet
    FROM voicemails_fts JOIN voicemails v ON v.time_key = voicemails_fts.rowid
    WHERE voicemails_fts MATCH ? ORDER BY voicemails_fts.rowid DESC LIMIT ?`);

  const hits = (kind: InboxSearchRow['kind'], rows: Row[]): InboxSearchRow[] =>
    rows.map((row) => ({
      kind,
      id: row.id,
      remoteNumber: row.remote_number,
      at: row.at,
      snippet: readableText(row.snippet, inboxTextLimits.snippet),
    }));

  return {
    search(query: string, limit: number): InboxSearchRow[] {
      const match = planInboxSearch(query);
      if (match === null || limit <= 0) return [];
      return [
        ...hits('message', searchMessages.all(match, limit)),
        ...hits('voicemail', searchVoicemails.all(match, limit)),
      ]
        .sort((a, b) => b.at - a.at)
        .slice(0, limit);
    },
  };
}

export type InboxSearchQueries = ReturnType<typeof createInboxSearchQueries>;
