import { z } from 'zod';
import { callEndReasons } from './call-end-reason';
import { callTransferSchema } from './call-transfer';

export const callStates = ['dialing', 'ringing', 'connected', 'ended'] as const;
export type CallState = (typeof callStates)[number];

export const callIdSchema = z.string().min(1).max(64);

/** Dialling this reaches Dialtone's built-in echo service, which needs no account. */
export const soundTestTarget = 'sound-test';

/**
 * Recording on demand (a Twilio line whose recording is "on demand"): unavailable elsewhere; off, starting,
 * on or stopping while Twilio is asked to start or stop it.
 */
export const callRecordingStates = ['unavailable', 'off', 'starting', 'on', 'stopping'] as const;
export type CallRecordingState = (typeof callRecordingStates)[number];

export const soundTestPhases = ['prompt', 'recording', 'playback', 'done'] as const;

const dbfs = z.number().min(-100).max(0);

/** How many keys the other side sent a call keeps to show: a menu choice or a PIN, the latest last. */
export const receivedDtmfShown = 32;

/** Who a call is with, as long as it may be shown; the name is the caller's or a contact's (up to 200). */
export const remotePartyLimits = { uri: 512, number: 128, name: 200 } as const;

export const callSnapshotSchema = z.strictObject({
  id: callIdSchema,
  direction: z.enum(['incoming', 'outgoing']),
  remoteUri: z.string().max(remotePartyLimits.uri),
  remoteNumber: z.string().max(remotePartyLimits.number),
  remoteName: z.string().max(remotePartyLimits.name).nullable(),
  /** The caller's carrier vouched for their number (SHAKEN/STIR full attestation, passed on by Twilio). */
  callerVerified: z.boolean(),
  state: z.enum(callStates),
  /** Early media (183) is flowing: ringback or announcements from the network. */
  earlyMedia: z.boolean(),
  onHold: z.boolean(),
  heldByRemote: z.boolean(),
  muted: z.boolean(),
  /** Keypad keys the other side sent during the call (SIP INFO), the latest last. */
  receivedDtmf: z
    .string()
    .max(receivedDtmfShown)
    .regex(/^[0-9*#A-D]*$/),
  startedAt: z.number(),
  answeredAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  endReason: z.enum(callEndReasons).nullable(),
  /** A transfer in progress, or the last one that failed (the call came back); null when none. */
  transfer: callTransferSchema.nullable(),
  /** The call this one is merged with into a 3-way call (both parties hear each other and the person); else null. */
  conferenceWith: callIdSchema.nullable(),
  recording: z.enum(callRecordingStates),
  /** Only for the sound test: where it is, and the microphone levels it saw (dBFS). */
  soundTest: z
    .strictObject({ phase: z.enum(soundTestPhases), peakDbfs: dbfs.nullable(), averageDbfs: dbfs.nullable() })
    .nullable(),
});
export type CallSnapshot = z.infer<typeof callSnapshotSchema>;

/** A call as it starts: who and which way; not yet answered, held, muted or ended; not verified unless said. */
export function startingCallSnapshot(
  call: Pick<CallSnapshot, 'id' | 'direction' | 'remoteUri' | 'remoteNumber' | 'remoteName' | 'soundTest'> &
    Partial<Pick<CallSnapshot, 'callerVerified'>>,
): CallSnapshot {
  return {
    ...call,
    callerVerified: call.callerVerified ?? false,
    state: call.direction === 'incoming' ? 'ringing' : 'dialing',
    earlyMedia: false,
    onHold: false,
    heldByRemote: false,
    muted: false,
    receivedDtmf: '',
    startedAt: Date.now(),
    answeredAt: null,
    endedAt: null,
    endReason: null,
    transfer: null,
    conferenceWith: null,
    recording: 'unavailable',
  };
}

/** sip:user@host, sips:..., or an E.164 number (+ and 8 to 15 digits). */
export const dialTargetSchema = z
  .string()
  .trim()
  .max(256)
  .refine(
    (target) =>
      target === soundTestTarget ||
      /^\+[1-9]\d{7,14}$/.test(target) ||
      /^sips?:[^@\s]+@[A-Za-z0-9.-]+(:\d{1,5})?(;[^\s]*)?$/.test(target),
    {
      message:
        'Expected a phone number in international format (+15125550123), a SIP address (sip:alice@example.com) or sound-test',
    },
  );

/** Where a call can be transferred: a number (E.164) or a SIP address, as dialled; never the sound test. */
export const transferTargetSchema = dialTargetSchema.refine((target) => target !== soundTestTarget, {
  message: 'The sound test cannot take a transferred call: enter a phone number or a SIP address',
});

export const dtmfDigitsSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[0-9*#A-Da-d]+$/, 'Keypad tones are the digits 0-9, * and #');

/** How a call sounds, from RTCP and the media leg; null where the far end has not reported yet. */
export const callQualitySchema = z.strictObject({
  roundTripMs: z.number().nonnegative().nullable(),
  jitterMs: z.number().nonnegative().nullable(),
  lossPercent: z.number().min(0).max(100).nullable(),
  /** Estimated mean opinion score, 1 (bad) to 4.5 (G.711 at its best). */
  mos: z.number().min(1).max(5).nullable(),
});
export type CallQuality = z.infer<typeof callQualitySchema>;
