import { z } from 'zod';
import { assertNever } from '../assert-never';
import { wordsSchema } from '../result';
import { words, type Words } from '../text/words';

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
  failure: wordsSchema.nullable(),
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
export function transferFailureWords(failure: TransferFailure, provider: 'twilio' | 'sip'): Words {
  switch (failure.kind) {
    case 'refused':
      if (provider === 'twilio' && failure.statusCode >= 400 && failure.statusCode < 500) {
        return words('calls.transferTwilioRefused', { status: failure.statusCode });
      }
      return words('calls.transferRefused', { status: failure.statusCode });
    case 'target-failed':
      if (failure.statusCode === 486 || failure.statusCode === 600) return words('calls.transferTargetBusy');
      if (failure.statusCode === 603) return words('calls.transferTargetDeclined');
      if (provider === 'twilio' && failure.statusCode === null) return words('calls.transferTwilioFailed');
      return failure.statusCode
        ? words('calls.transferTargetUnreachableStatus', { status: failure.statusCode })
        : words('calls.transferTargetUnreachable');
    case 'no-answer':
      return words('calls.transferNoAnswer', { seconds: transferTimeoutSeconds });
    default:
      return assertNever(failure);
  }
}
