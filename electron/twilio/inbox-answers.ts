import { z } from 'zod';
import { inboxTextLimits } from '../../shared/models/inbox';
import type { MessageStatus } from '../../shared/models/messages';
import { readableText } from '../../shared/readable-text';
import type { Logger } from '../logging/logger';
import type { RemoteMessage, RemoteTranscription } from './inbox-api';
import { sidOf, usableAnswers } from './twilio-answers';

/*
 * Twilio's answers about voicemail and messages, as twilio-node hands them over (camelCase, dates
 * already Date objects, or the original string when they did not parse). Twilio's OpenAPI description
 * lets every field be null, and anything may be huge or hostile: texts are made readable and clamped
 * before they go anywhere, and an answer without what Dialtone needs is left out (lists) or refused.
 */

const longestCallSeconds = 24 * 60 * 60;
/** Twilio attaches at most ten media to a message. */
export const mostMediaPerMessage = 10;
const contentTypeLimit = 100;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? null);

/** A date twilio-node parsed, as milliseconds; null when Twilio sent none or something else. */
export const millis = z
  .unknown()
  .transform((value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.getTime() : null));

/** A caller, number or sender id ("+14155550111", "Anonymous", "AMAZON", "sip:…"): readable, clamped; null when empty. */
const party = z
  .string()
  .nullish()
  .transform((value) => (value ? readableText(value, inboxTextLimits.remoteNumber) || null : null));

/** Whole seconds from Twilio's string durations ("12"); null, "-1" or anything else is 0. */
export const seconds = z
  .unknown()
  .transform((value) =>
    typeof value === 'string' && /^\d{1,9}$/.test(value) ? Math.min(Number(value), longestCallSeconds) : 0,
  );

/** Twilio error codes are positive integers of up to six digits; anything else is no code. */
const errorCode = z
  .unknown()
  .transform((value) =>
    typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 1_000_000 ? value : null,
  );

/** A sid Dialtone puts in a Twilio URL: only ever a sid (a stored one may come from anywhere), never a path. */
export function checkedSid(prefix: string, sid: string): string {
  if (!sidOf(prefix).safeParse(sid).success) throw new Error(`Not a Twilio ${prefix} sid`);
  return sid;
}

/** A message body keeps its line breaks; each line is made readable like every other text from Twilio. */
export function readableBody(text: string): string {
  const limit = inboxTextLimits.body;
  const clamped = text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
  return clamped
    .split(/\r\n?|\n/)
    .map((line) => readableText(line, limit))
    .join('\n')
    .trim();
}

export const recordingAnswer = z
  .object({
    sid: sidOf('RE'),
    callSid: nullable(sidOf('CA')),
    dateCreated: millis,
    startTime: millis,
    duration: seconds,
    status: nullable(z.string()),
    source: nullable(z.string()),
  })
  .transform((recording) => ({
    sid: recording.sid,
    callSid: recording.callSid,
    createdAt: recording.dateCreated ?? recording.startTime,
    durationSeconds: recording.duration,
    /** What <Record> left on a call, with its audio ready (still processing: a later sync finds it). */
    isVoicemail: recording.source === 'RecordVerb' && recording.status === 'completed',
  }));
export type RecordingAnswer = z.output<typeof recordingAnswer>;

export const callAnswer = z.object({ sid: sidOf('CA'), from: party, to: party, startTime: millis });
export type CallAnswer = z.output<typeof callAnswer>;

const transcriptionStates: Record<string, RemoteTranscription['state']> = {
  'in-progress': 'transcribing',
  completed: 'completed',
  failed: 'failed',
};

export const transcriptionAnswer = z
  .object({
    sid: sidOf('TR'),
    recordingSid: sidOf('RE'),
    status: z.enum(['in-progress', 'completed', 'failed']),
    transcriptionText: z.string().nullish(),
    dateCreated: millis,
  })
  .transform((transcription): RemoteTranscription => ({
    sid: transcription.sid,
    recordingSid: transcription.recordingSid,
    createdAt: transcription.dateCreated,
    state: transcriptionStates[transcription.status]!,
    text: transcription.transcriptionText
      ? readableText(transcription.transcriptionText, inboxTextLimits.transcription) || null
      : null,
  }));

/** Twilio's thirteen message statuses as the six a thread shows (shared/models/messages.ts). */
export function messageStatusOf(status: string | null, incoming: boolean): MessageStatus {
  switch (status) {
    case 'accepted':
    case 'scheduled':
    case 'queued':
    case 'sending':
      return 'queued';
    case 'sent':
      return 'sent';
    case 'delivered':
    case 'read':
      return 'delivered';
    // Some parts of a long message did not arrive: the person should know it did not get through whole.
    case 'undelivered':
    case 'partially_delivered':
      return 'undelivered';
    case 'failed':
    case 'canceled':
      return 'failed';
    case 'receiving':
    case 'received':
      return 'received';
    default:
      // A status Twilio adds later: not final, so a sent message keeps being refreshed until it is.
      return incoming ? 'received' : 'queued';
  }
}

export const messageAnswer = z
  .object({
    sid: sidOf('(?:SM|MM)'),
    direction: nullable(z.string()),
    from: party.pipe(z.string()),
    to: party.pipe(z.string()),
    body: z
      .string()
      .nullish()
      .transform((body) => (body ? readableBody(body) : '')),
    status: nullable(z.string()),
    dateSent: millis,
    dateCreated: millis,
    errorCode,
    numMedia: z
      .unknown()
      .transform((value) =>
        typeof value === 'string' && /^\d{1,4}$/.test(value) ? Math.min(Number(value), mostMediaPerMessage) : 0,
      ),
  })
  .refine((message) => message.dateSent !== null || message.dateCreated !== null, { path: ['dateSent'] })
  .transform((message): RemoteMessage => {
    const incoming =
      message.direction === 'inbound' ||
      (message.direction === null && (message.status === 'received' || message.status === 'receiving'));
    return {
      sid: message.sid,
      direction: incoming ? 'incoming' : 'outgoing',
      from: message.from,
      to: message.to,
      body: message.body,
      at: (message.dateSent ?? message.dateCreated)!,
      status: messageStatusOf(message.status, incoming),
      errorCode: message.errorCode,
      mediaCount: message.numMedia,
    };
  });

export const mediaAnswer = z.object({
  sid: sidOf('ME'),
  contentType: z
    .string()
    .nullish()
    .transform((type) => readableText(type ?? '', contentTypeLimit).toLowerCase() || 'application/octet-stream'),
});

/** The answers of a list Dialtone can use; how many it could not is logged (never what they held). */
export function usableListed<S extends z.ZodType>(
  schema: S,
  answers: readonly unknown[],
  logger: Logger,
  what: string,
): z.output<S>[] {
  const usable = usableAnswers(schema, answers);
  if (usable.length < answers.length)
    logger.warn('unusable answers left out', { what, count: answers.length - usable.length });
  return usable;
}
