import { z } from 'zod';

export const callStates = ['dialing', 'ringing', 'connected', 'ended'] as const;
export type CallState = (typeof callStates)[number];

export const callEndReasons = [
  'hung-up',
  'remote-hung-up',
  'cancelled',
  'missed',
  'declined',
  'busy',
  'no-answer',
  'not-found',
  'unavailable',
  'rejected-media',
  'media-timeout',
  'network-error',
  'failed',
] as const;
export type CallEndReason = (typeof callEndReasons)[number];

/** What a person reads when a call ends. */
export const callEndReasonText: Record<CallEndReason, string> = {
  'hung-up': 'Call ended',
  'remote-hung-up': 'The other side hung up',
  cancelled: 'Call cancelled',
  missed: 'Missed call',
  declined: 'The call was declined',
  busy: 'The line is busy',
  'no-answer': 'No answer',
  'not-found': 'That number or address does not exist',
  unavailable: 'The person or network is unavailable right now; try again later',
  'rejected-media': 'The call could not agree on audio settings (check the encryption setting of this account)',
  'media-timeout': 'The call was dropped: no audio arrived for 30 seconds',
  'network-error': 'The call was lost because of a network problem',
  failed: 'The call could not be completed',
};

export const callIdSchema = z.string().min(1).max(64);

export const callSnapshotSchema = z.strictObject({
  id: callIdSchema,
  direction: z.enum(['incoming', 'outgoing']),
  remoteUri: z.string().max(512),
  remoteNumber: z.string().max(128),
  remoteName: z.string().max(128).nullable(),
  state: z.enum(callStates),
  /** Early media (183) is flowing: ringback or announcements from the network. */
  earlyMedia: z.boolean(),
  onHold: z.boolean(),
  heldByRemote: z.boolean(),
  muted: z.boolean(),
  startedAt: z.number(),
  answeredAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  endReason: z.enum(callEndReasons).nullable(),
});
export type CallSnapshot = z.infer<typeof callSnapshotSchema>;

/** sip:user@host, sips:..., or an E.164 number (+ and 8 to 15 digits). */
export const dialTargetSchema = z
  .string()
  .trim()
  .max(256)
  .refine(
    (target) => /^\+[1-9]\d{7,14}$/.test(target) || /^sips?:[^@\s]+@[A-Za-z0-9.-]+(:\d{1,5})?(;[^\s]*)?$/.test(target),
    {
      message:
        'Expected a phone number in international format (+15125550123) or a SIP address (sip:alice@example.com)',
    },
  );

export const dtmfDigitsSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[0-9*#A-Da-d]+$/, 'Keypad tones are the digits 0-9, * and #');
