import { openSqlite, type Database } from '../sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageStatuses } from '../../../shared/models/messages';
import { transcriptionStates } from '../../../shared/models/voicemail';
import { allMigrations } from './all-migrations';
import { voicemailAndMessages } from './0006-voicemail-and-messages';

let db: Database;
beforeEach(() => {
  db = openSqlite(':memory:');
  for (const migration of allMigrations.slice(0, 5)) migration.up(db);
  voicemailAndMessages.up(db);
});
afterEach(() => db.close());

let nextKey = 1;
function insertMessage(sid: string, remote: string, at: number, overrides: Record<string, unknown> = {}): void {
  const row = { direction: 'incoming', body: 'hello', status: 'received', read: 0, ...overrides };
  db.prepare(
    `INSERT INTO messages (time_key, sid, remote_number, direction, body, at, status, media_count, read)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)`,
  ).run(
    nextKey++,
    sid,
    remote,
    row.direction as string,
    row.body as string,
    at,
    row.status as string,
    row.read as number,
  );
}
function insertVoicemail(sid: string, overrides: Record<string, unknown> = {}): void {
  const row = { state: 'completed', text: 'call me back', ...overrides };
  db.prepare(
    `INSERT INTO voicemails (sid, from_number, created_at, duration_seconds, transcription_state, transcription_text)
     VALUES (?, '+15125550123', 1, 10, ?, ?)`,
  ).run(sid, row.state as string, row.text as string | null);
}

const conversations = () =>
  db.prepare('SELECT remote_number, last_sid, last_at, unread FROM conversations ORDER BY remote_number').all();
const messageMatches = (query: string) =>
  db
    .prepare<[string], { sid: string }>(
      'SELECT m.sid FROM messages_fts JOIN messages m ON m.time_key = messages_fts.rowid WHERE messages_fts MATCH ? ORDER BY m.sid',
    )
    .all(query)
    .map((row) => row.sid);
const voicemailMatches = (query: string) =>
  db
    .prepare<[string], { sid: string }>(
      'SELECT v.sid FROM voicemails_fts JOIN voicemails v ON v.time_key = voicemails_fts.rowid WHERE voicemails_fts MATCH ?',
    )
    .all(query)
    .map((row) => row.sid);
/** FTS5 compares an external content index with its table when rank is 1. */
const checkIndex = (table: string) =>
  db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
const plan = (sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');

describe('migration 0006: voicemail and messages', () => {
  it('is version 6 and allows exactly the states the shared models name', () => {
    expect(voicemailAndMessages.version).toBe(6);
    transcriptionStates.forEach((state, index) => insertVoicemail(`RE${index}`, { state, text: null }));
    messageStatuses.forEach((status, index) => insertMessage(`SM${index}`, '+1', index, { status }));
    expect(() => insertVoicemail('REx', { state: 'in-progress' })).toThrow(/CHECK constraint failed/);
    expect(() => insertMessage('SMx', '+1', 1, { status: 'sending' })).toThrow(/CHECK constraint failed/);
  });

  it('refuses a bad direction, an unread outgoing message, a time no Date can hold and a bad cursor name', () => {
    expect(() => insertMessage('SM1', '+1', 1, { direction: 'inbound' })).toThrow(/CHECK constraint failed/);
    expect(() => insertMessage('SM2', '+1', 1, { direction: 'outgoing', status: 'sent', read: 0 })).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => insertMessage('SM3', '+1', 8_640_000_000_000_001)).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("INSERT INTO sync_cursors (name, value) VALUES ('calls', 'x')").run()).toThrow(
      /CHECK constraint failed/,
    );
  });

  it('keeps audio file and type together, and no text or file in a tombstone', () => {
    insertVoicemail('RE1');
    expect(() => db.prepare("UPDATE voicemails SET audio_file = 'RE1.mp3' WHERE sid = 'RE1'").run()).toThrow(
      /CHECK constraint failed/,
    );
    expect(() =>
      db.prepare("UPDATE voicemails SET audio_file = 'RE1.ogg', audio_type = 'audio/ogg' WHERE sid = 'RE1'").run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() => db.prepare("UPDATE voicemails SET removed_at = 5 WHERE sid = 'RE1'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.prepare("UPDATE voicemails SET removed_at = 5, transcription_text = NULL WHERE sid = 'RE1'").run();
  });

  it('keeps each conversation newest message and unread count in step (triggers)', () => {
    insertMessage('SMa', '+1', 20);
    insertMessage('SMb', '+1', 20);
    insertMessage('SMc', '+1', 10, { direction: 'outgoing', status: 'sent', read: 1 });
    insertMessage('SMz', '+2', 5);
    expect(conversations()).toEqual([
      { remote_number: '+1', last_sid: 'SMb', last_at: 20, unread: 2 },
      { remote_number: '+2', last_sid: 'SMz', last_at: 5, unread: 1 },
    ]);
    db.prepare("UPDATE messages SET at = 30 WHERE sid = 'SMc'").run();
    db.prepare("UPDATE messages SET read = 1 WHERE sid = 'SMa'").run();
    db.prepare("UPDATE messages SET read = 1 WHERE sid = 'SMa'").run();
    expect(conversations()[0]).toEqual({ remote_number: '+1', last_sid: 'SMc', last_at: 30, unread: 1 });
    db.prepare("DELETE FROM messages WHERE sid IN ('SMc', 'SMb')").run();
    expect(conversations()[0]).toEqual({ remote_number: '+1', last_sid: 'SMa', last_at: 20, unread: 0 });
    db.prepare("DELETE FROM messages WHERE sid = 'SMz'").run();
    expect(conversations()).toHaveLength(1);
  });

  it("refuses to change a message's sid, number or direction", () => {
    insertMessage('SM1', '+1', 1);
    for (const change of ["remote_number = '+2'", "sid = 'SM2'", "direction = 'outgoing', read = 1"]) {
      expect(() => db.prepare(`UPDATE messages SET ${change} WHERE sid = 'SM1'`).run()).toThrow(
        /keeps its sid, remote number and direction/,
      );
    }
    db.prepare("UPDATE messages SET remote_number = '+1', status = 'received' WHERE sid = 'SM1'").run();
  });

  it('keeps the message and transcription indexes in step with their tables (triggers)', () => {
    insertMessage('SM1', '+1', 1, { body: 'Lunch at the café?' });
    insertMessage('SM2', '+1', 2, { body: 'running late' });
    expect(messageMatches('cafe')).toEqual(['SM1']);
    db.prepare("UPDATE messages SET body = 'dinner instead', time_key = 99 WHERE sid = 'SM1'").run();
    expect(messageMatches('cafe')).toEqual([]);
    expect(messageMatches('dinner')).toEqual(['SM1']);
    db.prepare("UPDATE messages SET time_key = 77 WHERE sid = 'SM2'").run();
    expect(messageMatches('late')).toEqual(['SM2']);
    checkIndex('messages_fts');
    db.prepare("DELETE FROM messages WHERE sid = 'SM2'").run();
    expect(messageMatches('late')).toEqual([]);
    checkIndex('messages_fts');

    insertVoicemail('RE1', { text: 'Call me about the invoice' });
    insertVoicemail('RE2', { state: 'transcribing', text: null });
    db.prepare("UPDATE voicemails SET transcription_text = 'invoice paid' WHERE sid = 'RE2'").run();
    expect(voicemailMatches('invoice')).toEqual(['RE1', 'RE2']);
    db.prepare("UPDATE voicemails SET transcription_text = NULL, removed_at = 1 WHERE sid = 'RE1'").run();
    db.prepare("DELETE FROM voicemails WHERE sid = 'RE2'").run();
    expect(voicemailMatches('invoice')).toEqual([]);
    checkIndex('voicemails_fts');
  });

  it('removes the media of a deleted message and refuses media of a missing one', () => {
    insertMessage('MM1', '+1', 1);
    const media = db.prepare(
      "INSERT INTO message_media (sid, message_sid, position, content_type) VALUES (?, ?, 0, 'image/png')",
    );
    media.run('ME1', 'MM1');
    expect(() => media.run('ME2', 'MM9')).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare("DELETE FROM messages WHERE sid = 'MM1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM message_media').get()).toEqual({ n: 0 });
  });

  it('answers the lists, counts and work queues through indexes', () => {
    expect(plan('SELECT remote_number FROM conversations ORDER BY last_at DESC, remote_number LIMIT 50')).toMatch(
      /conversations_by_last/,
    );
    expect(
      plan("SELECT sid FROM messages WHERE remote_number = '+1' AND (at, sid) < (5, 'x') ORDER BY at DESC, sid DESC"),
    ).toMatch(/messages_by_conversation \(remote_number=\? AND \(at,sid\)<\(\?,\?\)\)/);
    expect(plan("UPDATE messages SET read = 1 WHERE remote_number = '+1' AND read = 0")).toMatch(/messages_unread/);
    expect(plan('SELECT sid FROM messages WHERE media_count > 0 AND media_listed = 0 ORDER BY at DESC')).toMatch(
      /messages_missing_media/,
    );
    expect(plan('SELECT sid FROM voicemails WHERE removed_at IS NULL ORDER BY created_at DESC, sid LIMIT 50')).toMatch(
      /voicemails_by_created/,
    );
    expect(plan('SELECT count(*) FROM voicemails WHERE removed_at IS NULL AND played = 0')).toMatch(
      /voicemails_unplayed/,
    );
    expect(
      plan("SELECT sid FROM voicemails WHERE removed_at IS NULL AND transcription_state = 'transcribing'"),
    ).toMatch(/voicemails_transcribing/);
    expect(
      plan(
        'SELECT sid FROM voicemails WHERE removed_at IS NULL AND audio_file IS NULL AND deleted_on_twilio = 0 ORDER BY created_at DESC',
      ),
    ).toMatch(/voicemails_without_audio/);
  });
});
