import { z } from 'zod';
import { inboxTextLimits } from './inbox';

/**
 * Twilio transcribes recordings of 2 to 120 seconds: `transcribing` while it works, `none` when it
 * never will (too short, too long, or no transcription was asked for), `failed` when it gave up.
 */
export const transcriptionStates = ['transcribing', 'completed', 'failed', 'none'] as const;
export type TranscriptionState = (typeof transcriptionStates)[number];

/** A voicemail as the Voicemail view shows it; `id` is the Twilio Recording's sid. */
export const voicemailSchema = z.strictObject({
  id: z.string().max(64),
  /** The caller as Twilio gave it: E.164, a word such as "Anonymous" when withheld, or empty when it gave none. */
  from: z.string().max(inboxTextLimits.remoteNumber),
  contactId: z.string().max(64).nullable(),
  contactName: z.string().max(inboxTextLimits.contactName).nullable(),
  receivedAt: z.number(),
  durationSeconds: z.number().int().nonnegative(),
  played: z.boolean(),
  transcription: z.strictObject({
    state: z.enum(transcriptionStates),
    text: z.string().max(inboxTextLimits.transcription).nullable(),
  }),
  /** The audio is in the data folder and plays offline; false until the download finishes. */
  audioSaved: z.boolean(),
});
export type Voicemail = z.infer<typeof voicemailSchema>;
