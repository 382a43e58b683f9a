import type { Database } from '../sqlite';
import type { TranscriptionState } from '../../../shared/models/voicemail';
import { timeKeySql } from './time-key';

type AudioType = 'audio/mpeg' | 'audio/wav';

/** A Twilio Recording left by a caller, as the sync first stores it. */
export interface NewVoicemail {
  sid: string;
  callSid: string | null;
  from: string;
  to: string | null;
  createdAt: number;
  durationSeconds: number;
  transcriptionState: TranscriptionState;
}

export interface VoicemailRow {
  sid: string;
  from: string;
  createdAt: number;
  durationSeconds: number;
  played: boolean;
  transcriptionState: TranscriptionState;
  transcriptionText: string | null;
  /** The file's name in the data folder, once downloaded. */
  audioFile: string | null;
  audioType: AudioType | null;
  deletedOnTwilio: boolean;
}

type Row = {
  sid: string;
  from_number: string;
  created_at: number;
  duration_seconds: number;
  played: 0 | 1;
  transcription_state: TranscriptionState;
  transcription_text: string | null;
  audio_file: string | null;
  audio_type: AudioType | null;
  deleted_on_twilio: 0 | 1;
};

const columns = `sid, from_number, created_at, duration_seconds, played, transcription_state, transcription_text,
  audio_file, audio_type, deleted_on_twilio`;

function fromRow(row: Row): VoicemailRow {
  return {
    sid: row.sid,
    from: row.from_number,
    createdAt: row.created_at,
    durationSeconds: row.duration_seconds,
    played: row.played === 1,
    transcriptionState: row.transcription_state,
    transcriptionText: row.transcription_text,
    audioFile: row.audio_file,
    audioType: row.audio_type,
    deletedOnTwilio: row.deleted_on_twilio === 1,
  };
}

const sids = (rows: { sid: string }[]) => rows.map((row) => row.sid);

/**
 * Voicemail by Twilio Recording sid. A removed one stays as a tombstone (removed_at, its text and
 * file name cleared): every read skips it, and inserting its sid again does nothing, so a sync that
 * sees the Recording again (not yet deleted on Twilio, or deletion failed) never brings it back.
 */
export function createVoicemailQueries(db: Database) {
  const insert = db.prepare<[NewVoicemail]>(`
    INSERT INTO voicemails (time_key, sid, call_sid, from_number, to_number, created_at, duration_seconds,
      transcription_state)
    VALUES (${timeKeySql('voicemails', '@createdAt')}, @sid, @callSid, @from, @to, @createdAt, @durationSeconds,
      @transcriptionState)
    ON CONFLICT (sid) DO NOTHING`);
  const updateTranscription = db.prepare<[TranscriptionState, string | null, string]>(`
    UPDATE voicemails SET transcription_state = ?1, transcription_text = ?2
    WHERE sid = ?3 AND removed_at IS NULL
      AND (transcription_state IS NOT ?1 OR transcription_text IS NOT ?2)`);
  const updateAudio = db.prepare<[string, AudioType, string]>(
    'UPDATE voicemails SET audio_file = ?, audio_type = ? WHERE sid = ? AND removed_at IS NULL',
  );
  const updateDeletedOnTwilio = db.prepare<[string]>('UPDATE voicemails SET deleted_on_twilio = 1 WHERE sid = ?');
  const updatePlayed = db.prepare<[number, string]>(
    'UPDATE voicemails SET played = ? WHERE sid = ? AND removed_at IS NULL',
  );
  const tombstone = db.prepare<[number, string]>(`
    UPDATE voicemails SET removed_at = ?, transcription_text = NULL, audio_file = NULL, audio_type = NULL
    WHERE sid = ? AND removed_at IS NULL`);
  const selectOne = db.prepare<[string], Row>(`SELECT ${columns} FROM voicemails WHERE sid = ? AND removed_at IS NULL`);
  const selectPage = db.prepare<[number, number], Row>(`
    SELECT ${columns} FROM voicemails WHERE removed_at IS NULL
    ORDER BY created_at DESC, sid LIMIT ? OFFSET ?`);
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM voicemails WHERE removed_at IS NULL');
  const countUnplayed = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM voicemails WHERE removed_at IS NULL AND played = 0',
  );
  const selectTranscribing = db.prepare<[], { sid: string }>(`
    SELECT sid FROM voicemails WHERE removed_at IS NULL AND transcription_state = 'transcribing'
    ORDER BY created_at`);
  const selectWithoutAudio = db.prepare<[number], { sid: string }>(`
    SELECT sid FROM voicemails WHERE removed_at IS NULL AND audio_file IS NULL AND deleted_on_twilio = 0
    ORDER BY created_at DESC LIMIT ?`);
  const selectSavedOnTwilio = db.prepare<[number], { sid: string }>(`
    SELECT sid FROM voicemails WHERE removed_at IS NULL AND audio_file IS NOT NULL AND deleted_on_twilio = 0
      AND transcription_state != 'transcribing'
    ORDER BY created_at LIMIT ?`);

  return {
    /** False when the sid is already stored or was removed: syncing the same page twice adds nothing. */
    insertIfNew: (voicemail: NewVoicemail): boolean =>
      insert.run({
        sid: voicemail.sid,
        callSid: voicemail.callSid,
        from: voicemail.from,
        to: voicemail.to,
        createdAt: voicemail.createdAt,
        durationSeconds: voicemail.durationSeconds,
        transcriptionState: voicemail.transcriptionState,
      }).changes > 0,
    /** True when the state or text changed. */
    setTranscription: (sid: string, transcription: { state: TranscriptionState; text: string | null }): boolean =>
      updateTranscription.run(transcription.state, transcription.text, sid).changes > 0,
    setAudio: (sid: string, file: string, contentType: AudioType): void => void updateAudio.run(file, contentType, sid),
    /** Removed ones too: deleting on Twilio may finish after the voicemail was removed here. */
    markDeletedOnTwilio: (sid: string): void => void updateDeletedOnTwilio.run(sid),
    setPlayed: (sid: string, played: boolean): void => void updatePlayed.run(played ? 1 : 0, sid),
    remove: (sid: string): void => void tombstone.run(Date.now(), sid),
    get: (sid: string): VoicemailRow | undefined => {
      const row = selectOne.get(sid);
      return row && fromRow(row);
    },
    /** Newest first. */
    page: (offset: number, limit: number): VoicemailRow[] => selectPage.all(limit, offset).map(fromRow),
    count: (): number => countAll.get()?.n ?? 0,
    unplayed: (): number => countUnplayed.get()?.n ?? 0,
    /** Sids whose transcription Twilio is still working on, oldest first. */
    pendingTranscriptions: (): string[] => sids(selectTranscribing.all()),
    /** Sids whose audio is not saved yet and can still be downloaded, newest first. */
    withoutAudio: (limit: number): string[] => sids(selectWithoutAudio.all(limit)),
    /**
     * Sids saved here whose recording is still on Twilio and whose transcription has settled (deleting
     * the recording earlier would lose it), oldest first.
     */
    savedStillOnTwilio: (limit: number): string[] => sids(selectSavedOnTwilio.all(limit)),
  };
}

export type VoicemailQueries = ReturnType<typeof createVoicemailQueries>;
