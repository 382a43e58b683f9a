import { z } from 'zod';
import { accountSummarySchema } from '../models/account';
import { callSnapshotSchema } from '../models/call';
import { registrationStateSchema } from '../models/registration';
import { settingsSchema } from '../models/settings';

/** Every event the main process pushes to the renderer. */
export const eventChannels = {
  'settings:changed': settingsSchema,
  'accounts:changed': z.array(accountSummarySchema).max(100),
  'registration:state-changed': registrationStateSchema,
  'calls:state-changed': callSnapshotSchema,
} as const satisfies Record<string, z.ZodType>;

export type EventChannel = keyof typeof eventChannels;
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventChannels)[E]>;
