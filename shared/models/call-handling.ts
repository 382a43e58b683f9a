import { z } from 'zod';
import {
  autoReplyTextLimit,
  blockedCallerHint,
  blockedCallersHear,
  blockedCallersLimit,
  callDestinations,
  defaultAutoReplyText,
  forwardingModes,
  forwardingNumbersLimit,
  greetingVoiceIds,
  isBlockedCallerEntry,
  isTimeZone,
  recordingModes,
  scheduleSpansLimit,
  unverifiedCallerRules,
} from './call-handling-names';
import { e164Schema } from './e164';
import { greetingRecordingsSchema, noGreetingRecordings } from './greeting-recording';
import { spokenTextSchema } from './spoken-text';
import { limitChecks } from '../text/limit-checks';
import { setupWords } from '../text/setup-words';
import { inEnglish } from '../text/words';
import { utf8ByteLength } from '../utf8-byte-length';
import { twilioVariableByteLimit } from './twilio-setup-names';

/*
 * What the person decides about calls to their number, decided at Twilio by the inbound Function (so it
 * holds while the computer is off) from variables Dialtone sets: a change applies to the next call, without
 * a new deployment. Fields added after the first version default, so a saved setup from before keeps the rest.
 */

export const blockedCallerSchema = z
  .string()
  .max(16, blockedCallerHint)
  .refine(isBlockedCallerEntry, blockedCallerHint);

const clockTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, setupWords.checkClockTime);

/** From `from` to `to` on each of `days`; a `to` before `from` runs past midnight into the next day. */
export const scheduleSpanSchema = z
  .strictObject({
    days: z
      .array(z.number().int().min(0).max(6))
      .min(1, setupWords.checkAtLeastOneDay)
      .max(7)
      .refine((days) => new Set(days).size === days.length, setupWords.checkEachDayOnce),
    from: clockTime,
    to: clockTime,
  })
  .refine((span) => span.from !== span.to, setupWords.checkSpanEnds)
  .refine((span) => span.from !== '24:00', setupWords.checkSpanStart);
export type ScheduleSpan = z.infer<typeof scheduleSpanSchema>;

export const weeklyScheduleSchema = z
  .array(scheduleSpanSchema)
  .max(scheduleSpansLimit, inEnglish(limitChecks.scheduleTooLong));

export const forwardingSchema = z
  .strictObject({
    mode: z.enum(forwardingModes),
    numbers: z
      .array(e164Schema)
      .max(forwardingNumbersLimit, `Forward to at most ${forwardingNumbersLimit} numbers`)
      .refine((numbers) => new Set(numbers).size === numbers.length, 'Each number is listed once'),
  })
  .refine((forwarding) => forwarding.mode === 'off' || forwarding.numbers.length > 0, {
    message: 'Add the number to forward calls to',
    path: ['numbers'],
  });
export type Forwarding = z.infer<typeof forwardingSchema>;

/** An SMS sent from the person's number to a caller who reached voicemail: once a day, to mobiles only. */
export const autoReplySchema = z
  .strictObject({
    enabled: z.boolean(),
    text: z
      .string()
      .trim()
      .max(autoReplyTextLimit, inEnglish(limitChecks.autoReplyTooLong))
      .refine((text) => utf8ByteLength(text) <= twilioVariableByteLimit, inEnglish(limitChecks.autoReplyTooManyBytes))
      .refine((text) => !/(?![\t\n\r])\p{Cc}/u.test(text), setupWords.checkAutoReplyPlain),
  })
  .refine((autoReply) => !autoReply.enabled || autoReply.text !== '', {
    message: setupWords.checkAutoReplyEmpty,
    path: ['text'],
  });
export type AutoReply = z.infer<typeof autoReplySchema>;

export const callHandlingSchema = z
  .strictObject({
    /** Calls do not ring: they go to doNotDisturbSendsTo. */
    doNotDisturb: z.boolean(),
    /** Do not disturb turns itself on during these spans each week. */
    quietHours: weeklyScheduleSchema.default([]),
    doNotDisturbSendsTo: z.enum(callDestinations).default('voicemail'),
    /** Rejected at Twilio, never ringing and never reaching voicemail. */
    blockedCallers: z
      .array(blockedCallerSchema)
      .max(blockedCallersLimit, `Block at most ${blockedCallersLimit} numbers and prefixes`)
      .refine((entries) => new Set(entries).size === entries.length, 'Each number or prefix is blocked once'),
    /** What a blocked caller hears: a call refused, or a busy line. */
    blockedCallersHear: z.enum(blockedCallersHear),
    forwarding: forwardingSchema.default({ mode: 'off', numbers: [] }),
    /** When calls ring; outside these spans they go to afterHoursSendsTo. Empty: always. */
    businessHours: weeklyScheduleSchema.default([]),
    afterHoursSendsTo: z.enum(callDestinations).default('voicemail'),
    /** The IANA zone schedules are read in; null: the computer's. */
    timeZone: z.string().max(64).refine(isTimeZone, 'Choose a time zone from the list').nullable().default(null),
    /** Callers whose number their carrier did not verify (SHAKEN/STIR) ring, or go to voicemail. */
    unverifiedCallers: z.enum(unverifiedCallerRules).default('ring'),
    /** Greetings for after hours and for a call the person declined; empty: the voicemail greeting. */
    greetings: z
      .strictObject({ afterHours: spokenTextSchema, busy: spokenTextSchema })
      .default({ afterHours: '', busy: '' }),
    /** The greetings that play the person's own recording instead of their spoken text. */
    greetingRecordings: greetingRecordingsSchema.default(noGreetingRecordings),
    /** The voice of every greeting and of the menu. */
    voice: z.enum(greetingVoiceIds).default('standard'),
    /** "Press 1 to reach me, 2 to leave a message, 3 for my mobile"; an empty prompt is made from the choices. */
    menu: z.strictObject({ enabled: z.boolean(), prompt: spokenTextSchema }).default({ enabled: false, prompt: '' }),
    /** Recording, and whether recorded calls begin with a spoken notice (the law may require one). */
    recording: z
      .strictObject({ mode: z.enum(recordingModes), notice: z.boolean() })
      .default({ mode: 'off', notice: true }),
    /** After a missed call, an SMS to the caller (see assets/twilio-functions/functions/auto-reply.private.js). */
    autoReply: autoReplySchema.default({ enabled: false, text: defaultAutoReplyText }),
  })
  .refine(
    (handling) =>
      handling.forwarding.numbers.length > 0 ||
      (handling.doNotDisturbSendsTo !== 'forwarding' && handling.afterHoursSendsTo !== 'forwarding'),
    { message: 'Add a forwarding number before sending calls to forwarding', path: ['forwarding', 'numbers'] },
  );
export type CallHandling = z.infer<typeof callHandlingSchema>;

export const defaultCallHandling: CallHandling = callHandlingSchema.parse({
  doNotDisturb: false,
  blockedCallers: [],
  blockedCallersHear: 'rejected',
});
