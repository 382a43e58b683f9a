import { z } from 'zod';

/** Bounds for what the update feed says (it comes from the network). */
export const appUpdateLimits = { version: 50, reason: 200 } as const;

const version = z.string().min(1).max(appUpdateLimits.version);

/**
 * Where the desktop app's self-update stands. unsupported: this shell cannot update itself (the
 * browser shell, or a copy started from the sources rather than installed). failed carries the
 * updater's own words, bounded; the renderer says what to do.
 */
export const appUpdateSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('unsupported'), reason: z.enum(['browser-shell', 'not-installed']) }),
  z.strictObject({ status: z.literal('idle'), checkedAt: z.number().int().nonnegative().nullable() }),
  z.strictObject({ status: z.literal('checking') }),
  z.strictObject({ status: z.literal('downloading'), version, percent: z.number().int().min(0).max(100) }),
  z.strictObject({ status: z.literal('ready'), version }),
  z.strictObject({ status: z.literal('failed'), reason: z.string().max(appUpdateLimits.reason) }),
]);
export type AppUpdateState = z.infer<typeof appUpdateSchema>;
