import { z } from 'zod';
import { callEndReasons } from './call-end-reason';

export const historyFilters = ['all', 'missed', 'incoming', 'outgoing'] as const;
export type HistoryFilter = (typeof historyFilters)[number];

export const historyEntrySchema = z.strictObject({
  id: z.string().max(64),
  direction: z.enum(['incoming', 'outgoing']),
  remoteNumber: z.string().max(512),
  remoteE164: z.string().max(20).nullable(),
  contactId: z.string().max(64).nullable(),
  contactName: z.string().max(200).nullable(),
  startedAt: z.number(),
  answeredAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  durationSeconds: z.number().nonnegative().nullable(),
  /** Null when the call never ended properly (Dialtone stopped during it). */
  endReason: z.enum(callEndReasons).nullable(),
  missed: z.boolean(),
  seen: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
