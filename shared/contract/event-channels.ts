import { z } from 'zod';
import { accountSummarySchema } from '../models/account';
import { appUpdateSchema } from '../models/app-update';
import { callSnapshotSchema } from '../models/call';
import { inboxStatusSchema, inboxTargetSchema, inboxTextLimits } from '../models/inbox';
import { phoneLinkMaxLength } from '../phone/phone-link';
import { appErrorSchema } from '../result';
import { registrationStateSchema } from '../models/registration';
import { settingsSchema } from '../models/settings';
import { officeTrunkStateSchema } from '../models/office-trunk';
import { setupStateSchema } from '../models/twilio-setup';

/** Every event the main process pushes to the renderer. */
export const eventChannels = {
  'settings:changed': settingsSchema,
  /** The self-update moved on: checking, downloading, ready to install, failed. */
  'updates:changed': appUpdateSchema,
  'accounts:changed': z.array(accountSummarySchema).max(100),
  'registration:state-changed': registrationStateSchema,
  'calls:state-changed': callSnapshotSchema,
  /** Contacts were added, changed or removed (the list should reload). */
  'contacts:changed': z.null(),
  /** History changed; carries the number of missed calls not seen yet (tab badge, tray). */
  'history:changed': z.strictObject({ missedUnseen: z.number().int().nonnegative() }),
  /**
   * A tel:, sip: or callto: link the system passed: the dialer reads it, and says in the person's
   * language why one cannot be called. One character over the limit still says "too long".
   */
  'dialer:open-link': z.strictObject({ uri: z.string().max(phoneLinkMaxLength + 1) }),
  /** A redial or call back from the tray or a shortcut could not be placed: the dialer says why. */
  'dialer:quick-dial-failed': z.strictObject({ error: appErrorSchema }),
  /** Voicemail came, changed or went; carries the count not played yet (tab badge, tray). */
  'voicemail:changed': z.strictObject({ unplayed: z.number().int().nonnegative() }),
  /** Messages came or changed state; carries the unread count and the conversations touched (an open one reloads). */
  'messages:changed': z.strictObject({
    unread: z.number().int().nonnegative(),
    remoteNumbers: z.array(z.string().max(inboxTextLimits.remoteNumber)).max(1000),
  }),
  'inbox:status-changed': inboxStatusSchema,
  /** A new voicemail or message to notify about (one owner per shell raises the notification). */
  'inbox:arrived': z.strictObject({
    target: inboxTargetSchema,
    title: z.string().max(300),
    body: z.string().max(300),
  }),
  /** A notification about a voicemail or a message was clicked: show it. */
  'inbox:open': inboxTargetSchema,
  /** The setup wizard moved on (each provision task as it runs). */
  'setup:changed': setupStateSchema,
  /** The office trunk moved on (each task as it runs). */
  'office:changed': officeTrunkStateSchema,
} as const satisfies Record<string, z.ZodType>;

export type EventChannel = keyof typeof eventChannels;
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventChannels)[E]>;
