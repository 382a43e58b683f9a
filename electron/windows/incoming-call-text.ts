import type { CallSnapshot } from '../../shared/models/call';
import { callerVerifiedText } from '../../shared/models/caller-verification';

/**
 * The system notification's words for a ringing call: the number under a name, else (without
 * notification buttons, all but macOS) that a click answers in Dialtone; then whether the number is verified.
 */
export function incomingCallText(call: CallSnapshot, withButtons: boolean): { title: string; body: string } {
  const detail = call.remoteName ? call.remoteNumber : withButtons ? null : 'Click to answer in Dialtone';
  const lines = [detail, call.callerVerified ? callerVerifiedText.label : null];
  return {
    title: `Incoming call from ${call.remoteName ?? call.remoteNumber}`,
    body: lines.filter((line) => line !== null).join('\n'),
  };
}
