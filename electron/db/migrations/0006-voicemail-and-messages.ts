import type { Migration } from './migration';

/**
 * Voicemail and text messages synced from Twilio, the sync cursors, and a full-text index of message
 * bodies and voicemail transcriptions.
 *
 * - voicemails: one row per Twilio Recording. Removing one keeps its row as a tombstone (removed_at,
 *   content cleared), so a later sync that sees the Recording again does not bring it back.
 * - messages: one row per Twilio Message. A message's sid, number and direction never change (a
 *   trigger refuses it: the conversation summary follows a message by them).
 * - Both are keyed by time_key: the row's time in ms × 1000 plus a count for rows of the same
 *   millisecond (queries/time-key.ts). Rows and search index are in time order, so a search reads
 *   its newest matches first and stops at the limit instead of sorting (and cutting a snippet of)
 *   every row that contains "the". Times are limited to what a JavaScript Date can hold, so the key
 *   stays a 64-bit integer. An integer primary key, unlike the implicit rowid, survives VACUUM.
 * - conversations: the newest message and the unread count of each remote number, kept by triggers,
 *   so the conversation list is one index scan however many messages there are.
 * - messages_fts and voicemails_fts: word indexes (unicode61, accents folded, with prefix indexes
 *   for the 1-3 character prefixes people type first) over the text in the tables themselves
 *   (external content: no second copy of every body). Triggers keep them in step, as contacts_fts
 *   is, whatever code path writes the rows: an external content index must be told the old text of
 *   every change, and a trigger cannot forget to.
 *
 * The CHECK lists are frozen here (a shipped migration never changes); its test compares them with
 * the shared models.
 */
export const voicemailAndMessages: Migration = {
  version: 6,
  name: 'voicemails, messages, conversations, sync cursors, inbox search',
  up(db) {
    db.exec(`
      CREATE TABLE voicemails (
        time_key INTEGER PRIMARY KEY,
        sid TEXT NOT NULL UNIQUE,
        call_sid TEXT,
        from_number TEXT NOT NULL,
        to_number TEXT,
        created_at INTEGER NOT NULL CHECK (abs(created_at) <= 8640000000000000),
        duration_seconds INTEGER NOT NULL CHECK (duration_seconds >= 0),
        played INTEGER NOT NULL DEFAULT 0 CHECK (played IN (0, 1)),
        transcription_state TEXT NOT NULL
          CHECK (transcription_state IN ('transcribing', 'completed', 'failed', 'none')),
        transcription_text TEXT,
        audio_file TEXT,
        audio_type TEXT CHECK (audio_type IN ('audio/mpeg', 'audio/wav')),
        deleted_on_twilio INTEGER NOT NULL DEFAULT 0 CHECK (deleted_on_twilio IN (0, 1)),
        removed_at INTEGER,
        CHECK ((audio_file IS NULL) = (audio_type IS NULL)),
        CHECK (removed_at IS NULL OR (transcription_text IS NULL AND audio_file IS NULL))
      ) STRICT;
      CREATE INDEX voicemails_by_created ON voicemails (created_at DESC, sid);
      CREATE INDEX voicemails_unplayed ON voicemails (created_at) WHERE removed_at IS NULL AND played = 0;
      CREATE INDEX voicemails_transcribing ON voicemails (created_at)
        WHERE removed_at IS NULL AND transcription_state = 'transcribing';
      CREATE INDEX voicemails_without_audio ON voicemails (created_at DESC)
        WHERE removed_at IS NULL AND audio_file IS NULL AND deleted_on_twilio = 0;

      CREATE TABLE messages (
        time_key INTEGER PRIMARY KEY,
        sid TEXT NOT NULL UNIQUE,
        remote_number TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
        body TEXT NOT NULL,
        at INTEGER NOT NULL CHECK (abs(at) <= 8640000000000000),
        status TEXT NOT NULL
          CHECK (status IN ('queued', 'sent', 'delivered', 'undelivered', 'failed', 'received')),
        error_code INTEGER,
        media_count INTEGER NOT NULL CHECK (media_count >= 0),
        media_listed INTEGER NOT NULL DEFAULT 0 CHECK (media_listed IN (0, 1)),
        read INTEGER NOT NULL CHECK (read IN (0, 1)),
        CHECK (direction = 'incoming' OR read = 1)
      ) STRICT;
      CREATE INDEX messages_by_conversation ON messages (remote_number, at, sid);
      CREATE INDEX messages_unread ON messages (remote_number) WHERE read = 0;
      CREATE INDEX messages_pending ON messages (at) WHERE direction = 'outgoing' AND status IN ('queued', 'sent');
      CREATE INDEX messages_missing_media ON messages (at) WHERE media_count > 0 AND media_listed = 0;

      CREATE TABLE message_media (
        sid TEXT PRIMARY KEY,
        message_sid TEXT NOT NULL REFERENCES messages (sid) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        content_type TEXT NOT NULL,
        file TEXT
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX message_media_by_message ON message_media (message_sid, position);

      CREATE TABLE conversations (
        remote_number TEXT PRIMARY KEY,
        last_sid TEXT NOT NULL,
        last_at INTEGER NOT NULL,
        unread INTEGER NOT NULL CHECK (unread >= 0)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX conversations_by_last ON conversations (last_at DESC, remote_number);

      CREATE TABLE sync_cursors (
        name TEXT PRIMARY KEY CHECK (name IN ('voicemail', 'messages-to', 'messages-from')),
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER messages_identity_fixed BEFORE UPDATE OF sid, remote_number, direction ON messages
      WHEN new.sid IS NOT old.sid OR new.remote_number IS NOT old.remote_number OR new.direction IS NOT old.direction
      BEGIN
        SELECT RAISE(ABORT, 'a message keeps its sid, remote number and direction');
      END;

      CREATE TRIGGER messages_conversation_insert AFTER INSERT ON messages BEGIN
        INSERT INTO conversations (remote_number, last_sid, last_at, unread)
          VALUES (new.remote_number, new.sid, new.at, new.read = 0)
          ON CONFLICT (remote_number) DO UPDATE SET
            unread = unread + excluded.unread,
            last_sid = iif((excluded.last_at, excluded.last_sid) > (last_at, last_sid), excluded.last_sid, last_sid),
            last_at = max(last_at, excluded.last_at);
      END;
      CREATE TRIGGER messages_conversation_read AFTER UPDATE OF read ON messages WHEN old.read IS NOT new.read BEGIN
        UPDATE conversations SET unread = unread + (new.read = 0) - (old.read = 0)
          WHERE remote_number = new.remote_number;
      END;
      CREATE TRIGGER messages_conversation_at AFTER UPDATE OF at ON messages WHEN old.at IS NOT new.at BEGIN
        UPDATE conversations SET (last_sid, last_at) = (
          SELECT sid, at FROM messages WHERE remote_number = new.remote_number ORDER BY at DESC, sid DESC LIMIT 1
        ) WHERE remote_number = new.remote_number;
      END;
      CREATE TRIGGER messages_conversation_delete AFTER DELETE ON messages BEGIN
        UPDATE conversations SET unread = unread - (old.read = 0), (last_sid, last_at) = (
          SELECT sid, at FROM messages WHERE remote_number = old.remote_number ORDER BY at DESC, sid DESC LIMIT 1
        ) WHERE remote_number = old.remote_number
          AND EXISTS (SELECT 1 FROM messages WHERE remote_number = old.remote_number);
        DELETE FROM conversations WHERE remote_number = old.remote_number
          AND NOT EXISTS (SELECT 1 FROM messages WHERE remote_number = old.remote_number);
      END;

      CREATE VIRTUAL TABLE messages_fts USING fts5 (
        body, content = 'messages', content_rowid = 'time_key',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
      );
      CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts (rowid, body) VALUES (new.time_key, new.body);
      END;
      CREATE TRIGGER messages_fts_update AFTER UPDATE OF time_key, body ON messages
      WHEN old.time_key IS NOT new.time_key OR old.body IS NOT new.body
      BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.time_key, old.body);
        INSERT INTO messages_fts (rowid, body) VALUES (new.time_key, new.body);
      END;
      CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.time_key, old.body);
      END;

      CREATE VIRTUAL TABLE voicemails_fts USING fts5 (
        transcription_text, content = 'voicemails', content_rowid = 'time_key',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
      );
      CREATE TRIGGER voicemails_fts_insert AFTER INSERT ON voicemails BEGIN
        INSERT INTO voicemails_fts (rowid, transcription_text) VALUES (new.time_key, new.transcription_text);
      END;
      CREATE TRIGGER voicemails_fts_update AFTER UPDATE OF time_key, transcription_text ON voicemails
      WHEN old.time_key IS NOT new.time_key OR old.transcription_text IS NOT new.transcription_text
      BEGIN
        INSERT INTO voicemails_fts (voicemails_fts, rowid, transcription_text)
          VALUES ('delete', old.time_key, old.transcription_text);
        INSERT INTO voicemails_fts (rowid, transcription_text) VALUES (new.time_key, new.transcription_text);
      END;
      CREATE TRIGGER voicemails_fts_delete AFTER DELETE ON voicemails BEGIN
        INSERT INTO voicemails_fts (voicemails_fts, rowid, transcription_text)
          VALUES ('delete', old.time_key, old.transcription_text);
      END;
    `);
  },
};
