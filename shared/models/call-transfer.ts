import { z } from 'zod';
import { assertNever } from '../assert-never';

/**
 * Where a transfer of a call stands: the call goes on hold, REFER is sent, the far end tries the
 * target (its NOTIFYs say trying, ringing), then the call ends as transferred or comes back.
 */
export const transferPhases = ['holding', 'sent', 'trying', 'ringing', 'failed'] as const;
export type TransferPhase = (typeof transferPhases)[number];

export const transferKinds = ['blind', 'attended'] as const;
export type TransferKind = (typeof transferKinds)[number];

export const callTransferSchema = z.strictObject({
  kind: z.enum(transferKinds),
  /** Who the call goes to, as the person typed or picked it (a number or SIP address). */
  target: z.string().max(512),
  phase: z.enum(transferPhases),
  /** Why the transfer failed, for the person to read; null unless failed. */
  failure: z.string().max(400).nullable(),
});
export type CallTransfer = z.infer<typeof callTransferSchema>;

/** How a REFER ended when it did not transfer the call. */
export type TransferFailure =
  | { kind: 'refused'; statusCode: number }
  | { kind: 'target-failed'; statusCode: number | null }
  | { kind: 'no-answer' };

/** How long the far end has to report a final answer from the target before the call comes back. */
export const transferTimeoutSeconds = 30;

/** What a person reads when a transfer failed; a Twilio line names the Console setting REFER needs. */
export function transferFailureText(failure: TransferFailure, provider: 'twilio' | 'sip'): string {
  switch (failure.kind) {
    case 'refused':
      if (provider === 'twilio' && failure.statusCode >= 400 && failure.statusCode < 500) {
        return `Twilio refused the transfer (${failure.statusCode}): enable Enhanced Programmable SIP Features in the Twilio Console (Voice > Settings), then try again. The call is back.`;
      }
      return `The other side refused the transfer (${failure.statusCode}). The call is back; you can hang up and call the person yourself.`;
    case 'target-failed':
      if (failure.statusCode === 486 || failure.statusCode === 600)
        return 'The transfer target is busy. The call is back.';
      if (failure.statusCode === 603) return 'The transfer target declined the call. The call is back.';
      if (provider === 'twilio' && failure.statusCode === null) {
        return 'Twilio could not transfer the call: check that Enhanced Programmable SIP Features is on in the Twilio Console (Voice > Settings) and that the number may be called. The call is back.';
      }
      return `The transfer target could not be reached${failure.statusCode ? ` (${failure.statusCode})` : ''}. The call is back.`;
    case 'no-answer':
      return `No answer from the transfer within ${transferTimeoutSeconds} seconds. The call is back.`;
    default:
      return assertNever(failure);
  }
}
