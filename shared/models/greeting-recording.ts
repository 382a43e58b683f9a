import { z } from 'zod';
import { words, type Words } from '../text/words';
import { greetingRecordingLimits } from './greeting-recording-limits';

/*
 * A greeting the person recorded (or chose as a file), played to callers with Twilio's <Play>. It travels and is
 * kept as a WAV that <Play> accepts (audio/wav: twilio.com/docs/voice/twiml/play): mono, 16-bit PCM, at a
 * telephone rate. The renderer encodes it; main checks it again before keeping it.
 */

/** The header and a 2-minute recording at the highest rate, with room for other chunks. */
export const greetingRecordingMaxBytes = greetingRecordingLimits.maxSeconds * 16000 * 2 + 4096;

/** A recording's name: its content's hash, so the asset's URL is unguessable and changes with the audio. */
export const greetingRecordingIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'Not a greeting recording');
export type GreetingRecordingId = z.infer<typeof greetingRecordingIdSchema>;

export const greetingRecordingKinds = ['voicemail', 'afterHours', 'busy', 'menu'] as const;
export type GreetingRecordingKind = (typeof greetingRecordingKinds)[number];

/** Which greetings (and the phone menu's prompt) play a recording instead of their spoken text (null: the text). */
export const greetingRecordingsSchema = z.strictObject({
  voicemail: greetingRecordingIdSchema.nullable().default(null),
  afterHours: greetingRecordingIdSchema.nullable().default(null),
  busy: greetingRecordingIdSchema.nullable().default(null),
  menu: greetingRecordingIdSchema.nullable().default(null),
});
export type GreetingRecordings = z.infer<typeof greetingRecordingsSchema>;
export const noGreetingRecordings: GreetingRecordings = { voicemail: null, afterHours: null, busy: null, menu: null };

/** Where the routing serves a recording (a path of the Functions service's domain). */
export const greetingAssetPath = (id: GreetingRecordingId) => `/greetings/${id}.wav`;

/** A WAV to keep: its bytes as base64 (the contract's large text fields are named content). */
export const greetingRecordingUploadSchema = z.strictObject({
  content: z.string().max(Math.ceil(greetingRecordingMaxBytes / 3) * 4),
});
export const storedGreetingRecordingSchema = z.strictObject({
  id: greetingRecordingIdSchema,
  seconds: z.number().nonnegative().max(greetingRecordingLimits.maxSeconds),
});
export type StoredGreetingRecording = z.infer<typeof storedGreetingRecordingSchema>;

const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

export type WavCheck = { ok: true; seconds: number } | { ok: false; problem: Words };

/** Whether `bytes` are a WAV <Play> takes (see greetingRecordingLimits), and how long it plays. */
export function checkGreetingWav(bytes: Uint8Array): WavCheck {
  const refuse = (problem: Words): WavCheck => ({ ok: false, problem });
  if (bytes.length > greetingRecordingMaxBytes) {
    return refuse(words('setup.recordingTooLarge', { minutes: greetingRecordingLimits.maxSeconds / 60 }));
  }
  if (bytes.length < 44 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') {
    return refuse(words('setup.recordingNotWav'));
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: { channels: number; rate: number; bits: number; pcm: boolean } | null = null;
  for (let at = 12; at + 8 <= bytes.length;) {
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (ascii(bytes, at) === 'fmt ' && size >= 16 && body + 16 <= bytes.length) {
      format = {
        pcm: view.getUint16(body, true) === 1,
        channels: view.getUint16(body + 2, true),
        rate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (ascii(bytes, at) === 'data') {
      if (!format) break;
      const { rate, channels, bits, pcm } = format;
      if (
        !pcm ||
        channels !== 1 ||
        bits !== 16 ||
        !(greetingRecordingLimits.sampleRates as readonly number[]).includes(rate)
      ) {
        return refuse(words('setup.recordingWrongFormat'));
      }
      const seconds = Math.min(size, bytes.length - body) / (rate * 2);
      if (seconds > greetingRecordingLimits.maxSeconds) {
        return refuse(words('setup.recordingTooLong', { minutes: greetingRecordingLimits.maxSeconds / 60 }));
      }
      if (seconds < 0.5) return refuse(words('setup.recordingEmpty'));
      return { ok: true, seconds };
    }
    at = body + size + (size % 2);
  }
  return refuse(words('setup.recordingDamaged'));
}
