import { z } from 'zod';

export const appInfoSchema = z.strictObject({
  version: z.string().max(50),
  shell: z.enum(['electron', 'browser']),
  platform: z.string().max(50),
  features: z.strictObject({
    startAtLogin: z.boolean(),
    globalShortcuts: z.boolean(),
    /** The shell updates itself (the desktop app); the browser shell does not. */
    updates: z.boolean(),
  }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
