import { z } from 'zod';
import { callEndReasons } from './call-end-reason';

export const historyFilters = ['all', 'missed', 'incoming', 'outgoing'] as const;
export type HistoryFilter = (typeof historyFilters)[number];

/** The history's texts as long as they may be shown; older rows can hold longer ones. */
export const historyTextLimits = { remoteNumber: 512, contactName: 200 } as const;

export const historyEntrySchema = z.strictObject({
  id: z.string().max(64),
  direction: z.enum(['incoming', 'outgoing']),
  remoteNumber: z.string().max(historyTextLimits.remoteNumber),
  remoteE164: z.string().max(20).nullable(),
  contactId: z.string().max(64).nullable(),
  contactName: z.string().max(historyTextLimits.contactName).nullable(),
  startedAt: z.number(),
  answeredAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  durationSeconds: z.number().nonnegative().nullable(),
  /** Null when the call never ended properly (Dialtone stopped during it). */
  endReason: z.enum(callEndReasons).nullable(),
  missed: z.boolean(),
  seen: z.boolean(),
  /** The caller's carrier vouched for their number (SHAKEN/STIR full attestation, passed on by Twilio). */
  callerVerified: z.boolean(),
  /** Twilio knows the call (main has its CallSid): it may have recordings there. */
  onTwilio: z.boolean(),
  /** A transferred call: the number or SIP address it was handed on to, as the person typed or picked it. */
  transferredTo: z.string().max(historyTextLimits.remoteNumber).nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
