import { z } from 'zod';
import { twilioProblemSchema } from './twilio-setup';

/** How long the inbox's texts may be; Twilio bodies are at most 1,600 characters, transcriptions a few hundred words. */
export const inboxTextLimits = {
  remoteNumber: 64,
  contactName: 200,
  body: 10_000,
  preview: 200,
  transcription: 20_000,
  snippet: 400,
} as const;

/** Stored audio or picture bytes handed to the renderer (which makes a blob: URL of them): never a Twilio URL. */
export const inboxMediaSchema = z.strictObject({
  contentType: z.enum(['audio/mpeg', 'audio/wav', 'image/jpeg', 'image/png', 'image/gif', 'image/webp']),
  base64: z.string().max(30_000_000),
});
export type InboxMedia = z.infer<typeof inboxMediaSchema>;

/** The type Dialtone keeps a file as (audio/x-wav is audio/wav), or null for any other kind. */
export function keptMediaType(contentType: string): InboxMedia['contentType'] | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const parsed = inboxMediaSchema.shape.contentType.safeParse(type === 'audio/x-wav' ? 'audio/wav' : type);
  return parsed.success ? parsed.data : null;
}

/** Whether voicemail and messages can sync (a Twilio phone line is set up), and how the last sync went. */
export const inboxStatusSchema = z.strictObject({
  available: z.boolean(),
  syncing: z.boolean(),
  lastSyncedAt: z.number().nullable(),
  problem: twilioProblemSchema.nullable(),
});
export type InboxStatus = z.infer<typeof inboxStatusSchema>;

/** One result of searching message bodies and voicemail transcriptions. */
export const inboxSearchHitSchema = z.strictObject({
  kind: z.enum(['message', 'voicemail']),
  id: z.string().max(64),
  remoteNumber: z.string().max(inboxTextLimits.remoteNumber),
  contactName: z.string().max(inboxTextLimits.contactName).nullable(),
  at: z.number(),
  /** The matching text around the match, plain (the renderer highlights nothing it did not get). */
  snippet: z.string().max(inboxTextLimits.snippet),
});
export type InboxSearchHit = z.infer<typeof inboxSearchHitSchema>;

/** What a notification click (or a search hit) opens. */
export const inboxTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('voicemail'), id: z.string().max(64) }),
  z.strictObject({ kind: z.literal('conversation'), remoteNumber: z.string().max(inboxTextLimits.remoteNumber) }),
]);
export type InboxTarget = z.infer<typeof inboxTargetSchema>;
