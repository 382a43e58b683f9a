import { z } from 'zod';
import {
  blockedCallerHint,
  blockedCallersHear,
  blockedCallersLimit,
  isBlockedCallerEntry,
} from './call-handling-names';

/*
 * What the person decides about calls to their number, decided at Twilio by the inbound Function (so it
 * holds while the computer is off) from variables Dialtone sets: a change applies to the next call, without
 * a new deployment.
 */

export const blockedCallerSchema = z
  .string()
  .max(16, blockedCallerHint)
  .refine(isBlockedCallerEntry, blockedCallerHint);

export const callHandlingSchema = z.strictObject({
  /** Calls go straight to voicemail without ringing. */
  doNotDisturb: z.boolean(),
  /** Rejected at Twilio, never ringing and never reaching voicemail. */
  blockedCallers: z
    .array(blockedCallerSchema)
    .max(blockedCallersLimit, `Block at most ${blockedCallersLimit} numbers and prefixes`)
    .refine((entries) => new Set(entries).size === entries.length, 'Each number or prefix is blocked once'),
  /** What a blocked caller hears: a call refused, or a busy line. */
  blockedCallersHear: z.enum(blockedCallersHear),
});
export type CallHandling = z.infer<typeof callHandlingSchema>;

export const defaultCallHandling: CallHandling = {
  doNotDisturb: false,
  blockedCallers: [],
  blockedCallersHear: 'rejected',
};
