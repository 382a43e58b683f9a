import type { Database } from 'better-sqlite3';

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
  seen: 0 | 1;
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
  seen: boolean;
};

export type CallStart = Pick<
  StoredCall,
  'id' | 'accountId' | 'contactId' | 'direction' | 'remoteNumber' | 'remoteE164' | 'startedAt'
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
    seen: row.seen === 1,
  };
}

/** A row is written when a call starts and completed when it ends, so a crash loses only the end. */
export function createCallQueries(db: Database) {
  const insertStart = db.prepare(`
    INSERT INTO calls (id, account_id, contact_id, direction, remote_number, remote_e164, started_at, seen)
    VALUES (@id, @accountId, @contactId, @direction, @remoteNumber, @remoteE164, @startedAt,
      CASE WHEN @direction = 'outgoing' THEN 1 ELSE 0 END)`);
  const markAnswered = db.prepare<[number, string]>('UPDATE calls SET answered_at = ? WHERE id = ?');
  const markEnded = db.prepare<[number, string, string]>('UPDATE calls SET ended_at = ?, end_reason = ? WHERE id = ?');
  const selectRecent = db.prepare<[number], CallRow>('SELECT * FROM calls ORDER BY started_at DESC, id LIMIT ?');

  return {
    recordStart: (call: CallStart): void => void insertStart.run(call),
    recordAnswer: (id: string, at: number): void => void markAnswered.run(at, id),
    recordEnd: (id: string, at: number, reason: string): void => void markEnded.run(at, reason, id),
    recent: (limit: number): StoredCall[] => selectRecent.all(limit).map(fromRow),
  };
}

export type CallQueries = ReturnType<typeof createCallQueries>;
