import { z } from 'zod';
import { inEnglish, isWordsId, type Words } from './text/words';

/** Every failure a person or a caller can see: what happened, in words that say what to do. */
export const errorCodes = [
  'invalid-request',
  'unknown-channel',
  'not-found',
  'secret-storage-unavailable',
  'storage-failed',
  'unsupported',
  'backend-unavailable',
  'no-line',
  'call-not-found',
  /** A request before what it needs, e.g. a setup step before the earlier ones. */
  'out-of-order',
  /** Twilio refused or could not be reached; the message says what to do. */
  'twilio-failed',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  /** In English; the renderer shows the translation of words when they are given. */
  message: string;
  words?: Words;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failure said in words main keeps in every language, or (for text from elsewhere) as it is. */
export function err<T = never>(code: ErrorCode, said: Words | string): Result<T> {
  if (typeof said === 'string') return { ok: false, error: { code, message: said } };
  return { ok: false, error: { code, message: inEnglish(said).slice(0, 2000), words: said } };
}

const maxWordsValues = 8;

export const wordsSchema = z.strictObject({
  id: z.string().max(100).refine(isWordsId, 'Unknown words'),
  values: z
    .record(z.string().max(40), z.union([z.string().max(2000), z.number()]))
    .refine((values) => Object.keys(values).length <= maxWordsValues, 'Too many values')
    .optional(),
});

export const appErrorSchema = z.strictObject({
  code: z.enum(errorCodes),
  message: z.string().max(2000),
  words: wordsSchema.optional(),
});

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}
