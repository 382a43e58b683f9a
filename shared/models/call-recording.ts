import { z } from 'zod';

/** A Twilio recording sid: the only id of a call recording that crosses IPC. */
export const recordingSidSchema = z.string().regex(/^RE[0-9a-fA-F]{32}$/, 'Not a recording of this call');

/** Twilio keeps any number of recordings per call; a history row offers this many at most. */
export const recordingsPerCallShown = 20;

/** A finished recording of a call (on demand, or every call), as its history row offers it. */
export const callRecordingSchema = z.strictObject({
  id: recordingSidSchema,
  /** When Twilio made it; null when Twilio did not say. */
  createdAt: z.number().nullable(),
  durationSeconds: z.number().int().nonnegative(),
});
export type CallRecording = z.infer<typeof callRecordingSchema>;
