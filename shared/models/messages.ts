import { z } from 'zod';
import { inboxTextLimits } from './inbox';

/**
 * Delivery states as the thread shows them. Twilio's accepted, scheduled, queued and sending are
 * `queued`; read is `delivered`; canceled is `failed`; receiving and received are `received`.
 */
export const messageStatuses = ['queued', 'sent', 'delivered', 'undelivered', 'failed', 'received'] as const;
export type MessageStatus = (typeof messageStatuses)[number];
/** States that never change again: sync stops refreshing a sent message once it reaches one. */
export const finalMessageStatuses: readonly MessageStatus[] = ['delivered', 'undelivered', 'failed', 'received'];

export { messageSendLimit } from './message-limits';

export const messageMediaSchema = z.strictObject({
  id: z.string().max(64),
  contentType: z.string().max(100),
});

export const messageSchema = z.strictObject({
  /** The Twilio Message sid (SM..., MM...). */
  id: z.string().max(64),
  remoteNumber: z.string().max(inboxTextLimits.remoteNumber),
  direction: z.enum(['incoming', 'outgoing']),
  body: z.string().max(inboxTextLimits.body),
  /** When it was sent (or received); when Twilio created it while not sent yet. */
  at: z.number(),
  status: z.enum(messageStatuses),
  /** Twilio's error code for an undelivered or failed message (30003, 21610, ...). */
  errorCode: z.number().int().nullable(),
  media: z.array(messageMediaSchema).max(10),
});
export type Message = z.infer<typeof messageSchema>;

export const conversationSchema = z.strictObject({
  remoteNumber: z.string().max(inboxTextLimits.remoteNumber),
  contactId: z.string().max(64).nullable(),
  contactName: z.string().max(inboxTextLimits.contactName).nullable(),
  lastMessage: z.strictObject({
    /** Its text; empty when it has none. */
    preview: z.string().max(inboxTextLimits.preview),
    /** It came with pictures or other media: a preview without text says so. */
    withMedia: z.boolean(),
    at: z.number(),
    direction: z.enum(['incoming', 'outgoing']),
    status: z.enum(messageStatuses),
  }),
  unread: z.number().int().nonnegative(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** Where an older page of a thread starts: the oldest message already shown. */
export const threadCursorSchema = z.strictObject({ at: z.number(), id: z.string().max(64) });
export type ThreadCursor = z.infer<typeof threadCursorSchema>;
