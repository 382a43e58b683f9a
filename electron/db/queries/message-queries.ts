import { inTransaction, type Database } from '../sqlite';
import { finalMessageStatuses, messageStatuses, type MessageStatus } from '../../../shared/models/messages';
import { timeKeySql } from './time-key';

type Direction = 'incoming' | 'outgoing';

/** A Twilio Message as the sync stores it; remoteNumber is the other party (From when incoming, To when outgoing). */
export interface IncomingRemoteMessage {
  sid: string;
  remoteNumber: string;
  direction: Direction;
  body: string;
  at: number;
  status: MessageStatus;
  errorCode: number | null;
  mediaCount: number;
}

export interface StoredMedia {
  sid: string;
  contentType: string;
  /** The file's name in the data folder, once downloaded. */
  file: string | null;
}

export interface MessageRow {
  sid: string;
  remoteNumber: string;
  direction: Direction;
  body: string;
  at: number;
  status: MessageStatus;
  errorCode: number | null;
  read: boolean;
  media: StoredMedia[];
}

type Row = {
  sid: string;
  remote_number: string;
  direction: Direction;
  body: string;
  at: number;
  status: MessageStatus;
  error_code: number | null;
  read: 0 | 1;
  media: string;
};

type Comparable = Pick<Row, 'body' | 'at' | 'status' | 'error_code'> & { media_count: number };

const rowColumns = `m.sid, m.remote_number, m.direction, m.body, m.at, m.status, m.error_code, m.read,
  (SELECT json_group_array(json_object('sid', sid, 'contentType', content_type, 'file', file) ORDER BY position)
   FROM message_media WHERE message_sid = m.sid) AS media`;

function fromRow(row: Row): MessageRow {
  return {
    sid: row.sid,
    remoteNumber: row.remote_number,
    direction: row.direction,
    body: row.body,
    at: row.at,
    status: row.status,
    errorCode: row.error_code,
    read: row.read === 1,
    media: JSON.parse(row.media) as StoredMedia[],
  };
}

/** What an upsert writes of a message (named parameters must match the statement's exactly). */
type Bound = Pick<IncomingRemoteMessage, 'sid' | 'body' | 'at' | 'status' | 'errorCode' | 'mediaCount'>;
const bound = ({ sid, body, at, status, errorCode, mediaCount }: IncomingRemoteMessage): Bound => ({
  sid,
  body,
  at,
  status,
  errorCode,
  mediaCount,
});

const isFinal = (status: MessageStatus) => finalMessageStatuses.includes(status);
const pendingStatuses = messageStatuses
  .filter((status) => !isFinal(status))
  .map((status) => `'${status}'`)
  .join(', ');

/**
 * Messages by Twilio sid, grouped into conversations by remote number (the conversations table,
 * kept by triggers, holds each one's newest message and unread count). A thread is ordered by
 * (at, sid), so messages of the same millisecond still page without gaps or repeats.
 */
export function createMessageQueries(db: Database) {
  const selectComparable = db.prepare<[string], Comparable>(
    'SELECT body, at, status, error_code, media_count FROM messages WHERE sid = ?',
  );
  const insert = db.prepare<[Bound & Pick<IncomingRemoteMessage, 'remoteNumber' | 'direction'>]>(`
    INSERT INTO messages (time_key, sid, remote_number, direction, body, at, status, error_code, media_count, read)
    VALUES (${timeKeySql('messages', '@at')}, @sid, @remoteNumber, @direction, @body, @at, @status, @errorCode, @mediaCount,
      @direction = 'outgoing')`);
  const update = db.prepare<[Bound]>(`
    UPDATE messages SET time_key = iif(at = @at, time_key, ${timeKeySql('messages', '@at')}),
      body = @body, at = @at, status = @status, error_code = @errorCode, media_count = @mediaCount
    WHERE sid = @sid`);
  const messageExists = db.prepare<[string], { found: 1 }>('SELECT 1 AS found FROM messages WHERE sid = ?');
  const upsertMedia = db.prepare<[string, string, number, string]>(`
    INSERT INTO message_media (sid, message_sid, position, content_type) VALUES (?1, ?2, ?3, ?4)
    ON CONFLICT (sid) DO UPDATE SET position = excluded.position, content_type = excluded.content_type
    WHERE message_sid = excluded.message_sid`);
  const markMediaListed = db.prepare<[string]>('UPDATE messages SET media_listed = 1 WHERE sid = ?');
  const updateMediaFile = db.prepare<[string, string]>('UPDATE message_media SET file = ? WHERE sid = ?');
  const selectMedia = db.prepare<
    [string],
    { sid: string; message_sid: string; content_type: string; file: string | null }
  >('SELECT sid, message_sid, content_type, file FROM message_media WHERE sid = ?');
  const selectMissingMedia = db.prepare<[number], { sid: string }>(
    'SELECT sid FROM messages WHERE media_count > 0 AND media_listed = 0 ORDER BY at DESC LIMIT ?',
  );
  const selectConversations = db.prepare<[number, number], Row & { unread: number }>(`
    SELECT ${rowColumns}, c.unread AS unread FROM conversations c JOIN messages m ON m.sid = c.last_sid
    ORDER BY c.last_at DESC, c.remote_number LIMIT ? OFFSET ?`);
  const countConversations = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM conversations');
  const selectNewest = db.prepare<[string, number], Row>(`
    SELECT ${rowColumns} FROM messages m WHERE m.remote_number = ?
    ORDER BY m.at DESC, m.sid DESC LIMIT ?`);
  const selectOlder = db.prepare<[string, number, string, number], Row>(`
    SELECT ${rowColumns} FROM messages m WHERE m.remote_number = ? AND (m.at, m.sid) < (?, ?)
    ORDER BY m.at DESC, m.sid DESC LIMIT ?`);
  const selectOne = db.prepare<[string], Row>(`SELECT ${rowColumns} FROM messages m WHERE m.sid = ?`);
  const markRead = db.prepare<[string]>('UPDATE messages SET read = 1 WHERE remote_number = ? AND read = 0');
  const countUnread = db.prepare<[], { n: number }>('SELECT coalesce(sum(unread), 0) AS n FROM conversations');
  const selectPending = db.prepare<[number, number], { sid: string }>(
    `SELECT sid FROM messages INDEXED BY messages_pending
     WHERE direction = 'outgoing' AND status IN (${pendingStatuses}) AND at >= ? ORDER BY at DESC LIMIT ?`,
  );

  return {
    /**
     * By sid: a new incoming message is unread, an outgoing one read. A known message takes the new
     * body, time, status, error and picture count (its number, direction and read flag stay), except
     * that an answer older than what is stored (not final where the stored status is) changes
     * nothing: delivery states only move forward.
     */
    upsert(message: IncomingRemoteMessage): 'new' | 'changed' | 'same' {
      const stored = selectComparable.get(message.sid);
      if (!stored) {
        insert.run({ ...bound(message), remoteNumber: message.remoteNumber, direction: message.direction });
        return 'new';
      }
      const unchanged =
        stored.body === message.body &&
        stored.at === message.at &&
        stored.status === message.status &&
        stored.error_code === message.errorCode &&
        stored.media_count === message.mediaCount;
      if (unchanged || (isFinal(stored.status) && !isFinal(message.status))) return 'same';
      update.run(bound(message));
      return 'changed';
    },
    /**
     * Stores a message's picture list (in Twilio's order) and marks it listed. Media stored before
     * keep their downloaded file, and a sid of another message's picture is left to that message.
     */
    setMedia(messageSid: string, media: readonly { sid: string; contentType: string }[]): void {
      inTransaction(db, () => {
        if (!messageExists.get(messageSid)) return;
        media.forEach((item, position) => upsertMedia.run(item.sid, messageSid, position, item.contentType));
        markMediaListed.run(messageSid);
      });
    },
    setMediaFile: (mediaSid: string, file: string): void => void updateMediaFile.run(file, mediaSid),
    media(mediaSid: string): { sid: string; messageSid: string; contentType: string; file: string | null } | undefined {
      const row = selectMedia.get(mediaSid);
      return row && { sid: row.sid, messageSid: row.message_sid, contentType: row.content_type, file: row.file };
    },
    /** Sids of messages with pictures whose list is not stored yet, newest first. */
    withMissingMedia: (limit: number): string[] => selectMissingMedia.all(limit).map((row) => row.sid),
    /** Newest conversation first, each with its newest message and unread count. */
    conversations: (offset: number, limit: number): { remoteNumber: string; last: MessageRow; unread: number }[] =>
      selectConversations
        .all(limit, offset)
        .map((row) => ({ remoteNumber: row.remote_number, last: fromRow(row), unread: row.unread })),
    conversationCount: (): number => countConversations.get()?.n ?? 0,
    /** Up to `limit` messages just older than `before` (the newest when null), oldest first. */
    thread(
      remoteNumber: string,
      before: { at: number; id: string } | null,
      limit: number,
    ): { items: MessageRow[]; hasOlder: boolean } {
      const rows = before
        ? selectOlder.all(remoteNumber, before.at, before.id, limit + 1)
        : selectNewest.all(remoteNumber, limit + 1);
      return { items: rows.slice(0, limit).reverse().map(fromRow), hasOlder: rows.length > limit };
    },
    get: (sid: string): MessageRow | undefined => {
      const row = selectOne.get(sid);
      return row && fromRow(row);
    },
    /** How many became read. */
    markRead: (remoteNumber: string): number => markRead.run(remoteNumber).changes,
    unread: (): number => countUnread.get()?.n ?? 0,
    /** Outgoing messages whose delivery state can still change, oldest first. */
    /**
     * Outgoing sids not in a final status, sent since `since`, newest first: Twilio leaves a message at
     * "sent" for good when the carrier gives no receipt, so older ones are not asked about again.
     */
    pendingOutbound: (since: number, limit: number): string[] => selectPending.all(since, limit).map((row) => row.sid),
  };
}

export type MessageQueries = ReturnType<typeof createMessageQueries>;
