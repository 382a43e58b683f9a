// Lab controls for voicemail: what Twilio's <Record transcribe> leaves on the account, seeded by tests.
import { toneRecording } from './media-files';
import { newResource, type CallRecord, type RecordingRecord, type Store, type TranscriptionRecord } from './state';

export interface SeededVoicemail {
  /** The owned number the caller reached. */
  to: string;
  from: string;
  toneHz: number;
  seconds: number;
  /** Absent: no transcription (Twilio transcribes 2 to 120 s only). */
  transcription?: { status: TranscriptionRecord['status']; text?: string };
  /** When the recording ended; the call started a ring and a greeting earlier and ended just after. */
  dateCreated?: Date;
  /** RecordVerb (voicemail) unless a test wants a <Dial record> call recording instead. */
  source?: RecordingRecord['source'];
}

export interface VoicemailLab {
  seed(voicemail: SeededVoicemail): Promise<{ recordingSid: string; callSid: string; transcriptionSid: string | null }>;
  /** Finishes a transcription that was in progress: completed with its text, or failed. */
  settleTranscription(sid: string, outcome: { status: 'completed'; text: string } | { status: 'failed' }): void;
}

/** The desktop phone rings for a while and the greeting plays before the beep; "Thank you, goodbye" after. */
const beforeRecordingMs = 25_000;
const afterRecordingMs = 2_000;

export function voicemailLab(store: Store): VoicemailLab {
  // Recordings of one tone and length share their audio: sox encodes each once, so seeding a thousand stays cheap.
  const tones = new Map<string, ReturnType<typeof toneRecording>>();
  const toneOf = (hz: number, seconds: number) => {
    const key = `${hz}/${seconds}`;
    const tone = tones.get(key) ?? toneRecording(hz, seconds);
    tones.set(key, tone);
    return tone;
  };
  return {
    async seed({ to, from, toneHz, seconds, transcription, dateCreated = new Date(), source = 'RecordVerb' }) {
      const owner = store.numbers.find((n) => n.phoneNumber === to);
      if (!owner) throw new Error(`seed voicemail: no account of the double owns ${to}`);
      const { wav, mp3 } = await toneOf(toneHz, seconds);
      const dates = { dateCreated, dateUpdated: dateCreated };
      const startTime = new Date(dateCreated.getTime() - seconds * 1000 - beforeRecordingMs);
      const call: CallRecord = {
        ...newResource('CA', owner.accountSid),
        dateCreated: startTime,
        dateUpdated: dateCreated,
        from,
        to,
        phoneNumberSid: owner.sid,
        direction: 'inbound',
        status: 'completed',
        startTime,
        endTime: new Date(dateCreated.getTime() + afterRecordingMs),
        toneHz,
      };
      store.calls.push(call);
      const recording: RecordingRecord = {
        ...newResource('RE', owner.accountSid),
        ...dates,
        callSid: call.sid,
        source,
        status: 'completed',
        channels: source === 'RecordVerb' ? 1 : 2,
        startTime: new Date(dateCreated.getTime() - seconds * 1000),
        seconds,
        toneHz,
        wav,
        mp3,
      };
      store.recordings.push(recording);
      if (!transcription) return { recordingSid: recording.sid, callSid: call.sid, transcriptionSid: null };
      const record: TranscriptionRecord = {
        ...newResource('TR', owner.accountSid),
        ...dates,
        recordingSid: recording.sid,
        status: transcription.status,
        text: transcription.status === 'completed' ? (transcription.text ?? '') : null,
      };
      store.transcriptions.push(record);
      return { recordingSid: recording.sid, callSid: call.sid, transcriptionSid: record.sid };
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
