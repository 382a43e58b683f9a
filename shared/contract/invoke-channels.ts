import { z } from 'zod';
import { accountIdSchema, accountSummarySchema, saveAccountInputSchema } from '../models/account';
import { appInfoSchema } from '../models/app-info';
import {
  callIdSchema,
  callQualitySchema,
  callSnapshotSchema,
  dialTargetSchema,
  dtmfDigitsSchema,
} from '../models/call';
import { registrationStateSchema } from '../models/registration';
import { settingsPatchSchema, settingsSchema } from '../models/settings';

/** Channels that carry no payload accept nothing at all: not {}, not null. */
const noPayload = z.undefined();
const callRef = z.strictObject({ callId: callIdSchema });
const sdpSchema = z.string().min(10).max(20_000);

/**
 * Every request the renderer can make of the main process. Channel names are domain verbs;
 * no channel ever returns a secret (the renderer learns only whether one is set).
 */
export const invokeChannels = {
  'app:get-info': { input: noPayload, output: appInfoSchema },
  'settings:get': { input: noPayload, output: settingsSchema },
  'settings:update': { input: settingsPatchSchema, output: settingsSchema },
  'accounts:list': { input: noPayload, output: z.array(accountSummarySchema).max(100) },
  'accounts:save': { input: saveAccountInputSchema, output: accountSummarySchema },
  'accounts:remove': { input: z.strictObject({ id: accountIdSchema }), output: z.null() },
  'registration:get': { input: noPayload, output: registrationStateSchema },
  'calls:list': { input: noPayload, output: z.array(callSnapshotSchema).max(20) },
  'calls:dial': { input: z.strictObject({ target: dialTargetSchema }), output: callSnapshotSchema },
  'calls:answer': { input: callRef, output: z.null() },
  'calls:decline': { input: callRef, output: z.null() },
  'calls:hang-up': { input: callRef, output: z.null() },
  'calls:set-hold': { input: z.strictObject({ callId: callIdSchema, hold: z.boolean() }), output: z.null() },
  'calls:set-mute': { input: z.strictObject({ callId: callIdSchema, muted: z.boolean() }), output: z.null() },
  'calls:send-dtmf': { input: z.strictObject({ callId: callIdSchema, digits: dtmfDigitsSchema }), output: z.null() },
  'calls:get-quality': { input: callRef, output: callQualitySchema },
  /** The renderer's RTCPeerConnection offers (PCMU, loopback, ICE gathered); main's peer answers. */
  'audio:connect': {
    input: z.strictObject({ callId: callIdSchema, offerSdp: sdpSchema }),
    output: z.strictObject({ answerSdp: sdpSchema }),
  },
  'audio:disconnect': { input: callRef, output: z.null() },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeInput<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['input']>;
export type InvokeOutput<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['output']>;
