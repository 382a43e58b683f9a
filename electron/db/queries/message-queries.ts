import { inTransaction, type Database } from '../sqlite';
import type { BlockedSenders } from '../../../shared/models/blocked-callers';
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

/**
 * blocked(remote_number): the conversations with blocked senders (isBlockedSender in
 * shared/models/blocked-callers.ts, in SQL), found once per statement: the numbers as they are, each prefix as
 * a range of the conversations' primary key (every text starting with it sorts below it followed by U+10FFFF).
 */
const blockedConversations = `blocked(remote_number) AS (
    SELECT c.remote_number FROM json_each(@numbers) n JOIN conversations c ON c.remote_number = n.value
    UNION
    SELECT c.remote_number FROM json_each(@prefixes) p CROSS JOIN conversations c
      ON c.remote_number >= p.value AND c.remote_number < p.value || char(1114111)
      AND substr(c.remote_number, 1, length(p.value)) = p.value)`;
type SendersParameters = { numbers: string; prefixes: string };
const sendersParameters = ({ numbers, prefixes }: BlockedSenders): SendersParameters => ({
  numbers: JSON.stringify(numbers),
  prefixes: JSON.stringify(prefixes),
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
  const selectConversations = db.prepare<
    [SendersParameters & { limit: number; offset: number }],
    Row & { unread: number }
  >(`
    WITH ${blockedConversations}
    SELECT ${rowColumns}, c.unread AS unread FROM conversations c JOIN messages m ON m.sid = c.last_sid
    WHERE c.remote_number NOT IN blocked
    ORDER BY c.last_at DESC, c.remote_number LIMIT @limit OFFSET @offset`);
  const countConversations = db.prepare<
    [SendersParameters],
    { conversations: number; blocked: number; unread: number }
  >(`
    WITH ${blockedConversations}
    SELECT count(*) AS conversations, coalesce(sum(c.unread), 0) - (
        SELECT coalesce(sum(hidden.unread), 0) FROM blocked JOIN conversations hidden USING (remote_number)
      ) AS unread, (SELECT count(*) FROM blocked) AS blocked
    FROM conversations c`);
  const selectFromSenders = db.prepare<[SendersParameters & { limit: number }], { remote_number: string }>(
    `WITH ${blockedConversations} SELECT remote_number FROM blocked LIMIT @limit`,
  );
  const selectNewest = db.prepare<[string, number], Row>(`
    SELECT ${rowColumns} FROM messages m WHERE m.remote_number = ?
    ORDER BY m.at DESC, m.sid DESC LIMIT ?`);
  const selectOlder = db.prepare<[string, number, string, number], Row>(`
    SELECT ${rowColumns} FROM messages m WHERE m.remote_number = ? AND (m.at, m.sid) < (?, ?)
    ORDER BY m.at DESC, m.sid DESC LIMIT ?`);
  const selectOne = db.prepare<[string], Row>(`SELECT ${rowColumns} FROM messages m WHERE m.sid = ?`);
  const markRead = db.prepare<[string]>('UPDATE messages SET read = 1 WHERE remote_number = ? AND read = 0');
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
    /** Newest conversation first, each with its newest message and unread count; those with `hidden` senders left out. */
    conversations: (
      offset: number,
      limit: number,
      hidden: BlockedSenders,
    ): { remoteNumber: string; last: MessageRow; unread: number }[] =>
      selectConversations
        .all({ ...sendersParameters(hidden), limit, offset })
        .map((row) => ({ remoteNumber: row.remote_number, last: fromRow(row), unread: row.unread })),
    /** How many conversations there are, how many with `blocked` senders, and the messages unread in the others. */
    counts: (blocked: BlockedSenders): { conversations: number; blocked: number; unread: number } =>
      countConversations.get(sendersParameters(blocked)) ?? { conversations: 0, blocked: 0, unread: 0 },
    /** The remote numbers of up to `limit` conversations with these senders. */
    conversationsFrom: (senders: BlockedSenders, limit: number): string[] =>
      selectFromSenders.all({ ...sendersParameters(senders), limit }).map((row) => row.remote_number),
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
    /** Outgoing messages whose delivery state can still change, oldest first. */
    /**
     * Outgoing sids not in a final status, sent since `since`, newest first: Twilio leaves a message at
     * "sent" for good when the carrier gives no receipt, so older ones are not asked about again.
     */
    pendingOutbound: (since: number, limit: number): string[] => selectPending.all(since, limit).map((row) => row.sid),
  };
}

export type MessageQueries = ReturnType<typeof createMessageQueries>;
