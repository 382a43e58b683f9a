import { z } from 'zod';

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
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

export const appErrorSchema = z.strictObject({
  code: z.enum(errorCodes),
  message: z.string().max(2000),
});

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}
