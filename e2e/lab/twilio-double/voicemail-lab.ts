// Lab controls for voicemail: what Twilio's <Record transcribe> leaves on the account, seeded by tests.
import { toneRecording } from './media-files';
import { newSid } from './sids';
import { newResource, type Store, type TranscriptionRecord } from './state';

export interface SeededVoicemail {
  /** The owned number the caller reached. */
  to: string;
  from: string;
  toneHz: number;
  seconds: number;
  /** Absent: no transcription (Twilio transcribes 2 to 120 s only). */
  transcription?: { status: TranscriptionRecord['status']; text?: string };
  dateCreated?: Date;
}

export interface VoicemailLab {
  seed(voicemail: SeededVoicemail): Promise<{ recordingSid: string; callSid: string; transcriptionSid: string | null }>;
  /** Finishes a transcription that was in progress: completed with its text, or failed. */
  settleTranscription(sid: string, outcome: { status: 'completed'; text: string } | { status: 'failed' }): void;
}

export function voicemailLab(store: Store): VoicemailLab {
  return {
    async seed({ to, from, toneHz, seconds, transcription, dateCreated = new Date() }) {
      const owner = store.numbers.find((n) => n.phoneNumber === to);
      if (!owner) throw new Error(`seed voicemail: no account of the double owns ${to}`);
      const { wav, mp3 } = await toneRecording(toneHz, seconds);
      const dates = { dateCreated, dateUpdated: dateCreated };
      const recording = {
        ...newResource('RE', owner.accountSid),
        ...dates,
        callSid: newSid('CA'),
        from,
        to,
        seconds,
        toneHz,
        wav,
        mp3,
      };
      store.recordings.push(recording);
      if (!transcription) return { recordingSid: recording.sid, callSid: recording.callSid, transcriptionSid: null };
      const record: TranscriptionRecord = {
        ...newResource('TR', owner.accountSid),
        ...dates,
        recordingSid: recording.sid,
        status: transcription.status,
        text: transcription.status === 'completed' ? (transcription.text ?? '') : null,
      };
      store.transcriptions.push(record);
      return { recordingSid: recording.sid, callSid: recording.callSid, transcriptionSid: record.sid };
    },
    settleTranscription(sid, outcome) {
      const record = store.transcriptions.find((t) => t.sid === sid);
      if (!record) throw new Error(`settleTranscription: no transcription ${sid}`);
      record.status = outcome.status;
      record.text = outcome.status === 'completed' ? outcome.text : null;
      record.dateUpdated = new Date();
    },
  };
}
