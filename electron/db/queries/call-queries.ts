import type { Database, Statement } from '../sqlite';
import type { HistoryFilter } from '../../../shared/models/history';

export type CallDirection = 'incoming' | 'outgoing';

type CallRow = {
  id: string;
  account_id: string | null;
  contact_id: string | null;
  direction: CallDirection;
  remote_number: string;
  remote_e164: string | null;
  started_at: number;
  answered_at: number | null;
  ended_at: number | null;
  end_reason: string | null;
  twilio_call_sid: string | null;
  caller_verified: 0 | 1;
  transferred_to: string | null;
  seen: 0 | 1;
  missed: 0 | 1;
};

export type StoredCall = {
  id: string;
  accountId: string | null;
  contactId: string | null;
  direction: CallDirection;
  remoteNumber: string;
  remoteE164: string | null;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  endReason: string | null;
  twilioCallSid: string | null;
  callerVerified: boolean;
  /** A transferred call: the number or SIP address it was handed on to. */
  transferredTo: string | null;
  seen: boolean;
  missed: boolean;
};

/** A history row: the call, with the contact it is linked to or whose number it is, and that contact's name. */
export type CallWithContact = StoredCall & { contactName: string | null };

export type CallStart = Pick<
  StoredCall,
  | 'id'
  | 'accountId'
  | 'contactId'
  | 'direction'
  | 'remoteNumber'
  | 'remoteE164'
  | 'startedAt'
  | 'twilioCallSid'
  | 'callerVerified'
>;

function fromRow(row: CallRow): StoredCall {
  return {
    id: row.id,
    accountId: row.account_id,
    contactId: row.contact_id,
    direction: row.direction,
    remoteNumber: row.remote_number,
    remoteE164: row.remote_e164,
    startedAt: row.started_at,
    answeredAt: row.answered_at,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    twilioCallSid: row.twilio_call_sid,
    callerVerified: row.caller_verified === 1,
    transferredTo: row.transferred_to,
    seen: row.seen === 1,
    missed: row.missed === 1,
  };
}

const filterSql: Record<HistoryFilter, string> = {
  all: '1',
  missed: 'missed = 1',
  incoming: "direction = 'incoming'",
  outgoing: "direction = 'outgoing'",
};

/**
 * The page is cut first (through the index of the filter); then each of its rows finds its contact:
 * the one linked when the call started, else one that has the number now (added since).
 */
const pageSql = (filter: HistoryFilter) => `
  WITH page AS MATERIALIZED (
    SELECT * FROM calls WHERE ${filterSql[filter]} ORDER BY started_at DESC, id LIMIT ? OFFSET ?
  ),
  linked AS (
    SELECT page.*, coalesce(page.contact_id,
      (SELECT contact_id FROM contact_phones WHERE e164 = page.remote_e164 ORDER BY contact_id LIMIT 1)) AS linked_id
    FROM page
  )
  SELECT linked.*, contacts.name AS contact_name FROM linked LEFT JOIN contacts ON contacts.id = linked.linked_id
  ORDER BY linked.started_at DESC, linked.id`;

/** A row is written when a call starts and completed when it ends, so a crash loses only the end. */
export function createCallQueries(db: Database) {
  const insertStart = db.prepare<[Omit<CallStart, 'callerVerified'> & { callerVerified: 0 | 1 }]>(`
    INSERT INTO calls (id, account_id, contact_id, direction, remote_number, remote_e164, started_at, twilio_call_sid,
      caller_verified, seen)
    VALUES (@id, (SELECT id FROM accounts WHERE id = @accountId), @contactId, @direction, @remoteNumber, @remoteE164, @startedAt,
      @twilioCallSid, @callerVerified, CASE WHEN @direction = 'outgoing' THEN 1 ELSE 0 END)`);
  const markAnswered = db.prepare<[number, string]>(
    'UPDATE calls SET answered_at = ?, seen = 1 WHERE id = ? AND answered_at IS NULL',
  );
  // A call answered on another of the person's devices was not missed. The reason is bound twice: in SET,
  // end_reason is still the old value.
  const markEnded = db.prepare<[number, string, string, string]>(`
    UPDATE calls SET ended_at = ?, end_reason = ?,
      missed = (direction = 'incoming' AND answered_at IS NULL AND ? <> 'answered-elsewhere') WHERE id = ?`);
  const setTransferredTo = db.prepare<[string, string]>('UPDATE calls SET transferred_to = ? WHERE id = ?');
  const setTwilioCallSid = db.prepare<[string, string]>(
    'UPDATE calls SET twilio_call_sid = ? WHERE id = ? AND twilio_call_sid IS NULL',
  );
  const markUnfinishedMissed = db.prepare(`
    UPDATE calls SET missed = 1
    WHERE ended_at IS NULL AND direction = 'incoming' AND answered_at IS NULL AND missed = 0`);
  const selectOne = db.prepare<[string], CallRow>('SELECT * FROM calls WHERE id = ?');
  const selectRecent = db.prepare<[number], CallRow>('SELECT * FROM calls ORDER BY started_at DESC, id LIMIT ?');
  const counts = new Map<HistoryFilter, Statement<[], { n: number }>>();
  const pages = new Map<
    HistoryFilter,
    Statement<[number, number], CallRow & { linked_id: string | null; contact_name: string | null }>
  >();
  const remove = db.prepare<[string]>('DELETE FROM calls WHERE id = ?');
  const clear = db.prepare('DELETE FROM calls');
  const markSeen = db.prepare('UPDATE calls SET seen = 1 WHERE missed = 1 AND seen = 0');
  const countMissedUnseen = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM calls WHERE missed = 1 AND seen = 0',
  );
  const relink = db.prepare<[string, string]>('UPDATE calls SET contact_id = ? WHERE contact_id = ?');

  const countOf = (filter: HistoryFilter) => {
    let statement = counts.get(filter);
    if (!statement) {
      statement = db.prepare(`SELECT count(*) AS n FROM calls WHERE ${filterSql[filter]}`);
      counts.set(filter, statement);
    }
    return statement;
  };
  const pageOf = (filter: HistoryFilter) => {
    let statement = pages.get(filter);
    if (!statement) {
      statement = db.prepare(pageSql(filter));
      pages.set(filter, statement);
    }
    return statement;
  };

  return {
    recordStart: (call: CallStart): void =>
      void insertStart.run({
        id: call.id,
        accountId: call.accountId,
        contactId: call.contactId,
        direction: call.direction,
        remoteNumber: call.remoteNumber,
        remoteE164: call.remoteE164,
        startedAt: call.startedAt,
        twilioCallSid: call.twilioCallSid,
        callerVerified: call.callerVerified ? 1 : 0,
      }),
    recordAnswer: (id: string, at: number): void => void markAnswered.run(at, id),
    /** Completes the row; an incoming call that was never answered anywhere becomes missed. */
    recordEnd: (id: string, at: number, reason: string): void => void markEnded.run(at, reason, reason, id),
    /** Where a transferred call went (with its end, in the same transaction). */
    recordTransferredTo: (id: string, target: string): void => void setTransferredTo.run(target, id),
    /** An outgoing call's CallSid, found at Twilio during the call; a known one is kept. */
    recordTwilioCallSid: (id: string, callSid: string): void => void setTwilioCallSid.run(callSid, id),
    /** At start-up: incoming calls a crash cut off while ringing count as missed (their end time stays unknown). */
    markUnfinishedMissed: (): number => markUnfinishedMissed.run().changes,
    get: (id: string): StoredCall | undefined => {
      const row = selectOne.get(id);
      return row && fromRow(row);
    },
    recent: (limit: number): StoredCall[] => selectRecent.all(limit).map(fromRow),
    count: (filter: HistoryFilter): number => countOf(filter).get()?.n ?? 0,
    /** Newest first, with contact names. */
    page: (filter: HistoryFilter, offset: number, limit: number): CallWithContact[] =>
      pageOf(filter)
        .all(limit, offset)
        .map((row) => ({ ...fromRow(row), contactId: row.linked_id, contactName: row.contact_name })),
    remove: (id: string): boolean => remove.run(id).changes > 0,
    clear: (): number => clear.run().changes,
    markSeen: (): number => markSeen.run().changes,
    missedUnseen: (): number => countMissedUnseen.get()?.n ?? 0,
    /** Moves a contact's calls to another (merging contacts). */
    relinkContact: (fromId: string, toId: string): void => void relink.run(toId, fromId),
  };
}

export type CallQueries = ReturnType<typeof createCallQueries>;
