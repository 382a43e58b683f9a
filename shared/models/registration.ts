import { z } from 'zod';
import { wordsSchema } from '../result';

export const registrationFailureReasons = [
  'bad-credentials',
  'not-found',
  'tls',
  'unreachable',
  'server-error',
] as const;
export type RegistrationFailureReason = (typeof registrationFailureReasons)[number];

export const registrationStateSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('no-account') }),
  z.strictObject({ status: z.literal('unregistered'), accountId: z.string().max(64) }),
  z.strictObject({ status: z.literal('registering'), accountId: z.string().max(64) }),
  z.strictObject({
    status: z.literal('registered'),
    accountId: z.string().max(64),
    expiresInSeconds: z.number().int().nonnegative(),
  }),
  z.strictObject({
    status: z.literal('failed'),
    accountId: z.string().max(64),
    reason: z.enum(registrationFailureReasons),
    /** In English; the renderer shows the translation of words when they are given (not for an OS error's own text). */
    message: z.string().max(500),
    words: wordsSchema.optional(),
  }),
]);
export type RegistrationState = z.infer<typeof registrationStateSchema>;
