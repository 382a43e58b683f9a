import { assertNever } from '../../../shared/assert-never';
import type { CallRecordingState, CallSnapshot } from '../../../shared/models/call';
import { callEndReasonText } from '../../../shared/models/call-end-reason';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';

/** What the call is doing, in the words the in-call screen shows. */
export function describeCallState(call: CallSnapshot): string {
  switch (call.state) {
    case 'dialing':
      return call.direction === 'outgoing' ? 'Calling…' : 'Connecting…';
    case 'ringing':
      return call.direction === 'outgoing' ? 'Ringing…' : 'Incoming call';
    case 'connected':
      if (call.onHold) return 'On hold';
      if (call.heldByRemote) return 'Held by the other side';
      return 'Connected';
    case 'ended':
      if (call.endReason === 'transferred' && call.transfer) {
        return `Call ended: transferred to ${call.transfer.target.replace(/^sips?:/i, '')}`;
      }
      return call.endReason === null || call.endReason === 'hung-up'
        ? 'Call ended'
        : `Call ended: ${callEndReasonText[call.endReason]}`;
    default:
      return assertNever(call.state);
  }
}

/** What screen readers hear of recording on demand, after the call's state; empty when it is not recording. */
export function describeRecording(state: CallRecordingState): string {
  switch (state) {
    case 'starting':
      return 'starting the recording';
    case 'on':
      return 'recording';
    case 'stopping':
      return 'stopping the recording';
    case 'off':
    case 'unavailable':
      return '';
    default:
      return assertNever(state);
  }
}

/** The Record button's tooltip: what pressing it does now. */
export function recordButtonTitle(state: CallRecordingState): string {
  switch (state) {
    case 'starting':
      return 'Twilio is starting the recording';
    case 'on':
      return 'Stop recording this call';
    case 'stopping':
      return 'Twilio is stopping the recording';
    case 'off':
    case 'unavailable':
      return 'Record this call at Twilio, both sides; it appears on the call in History';
    default:
      return assertNever(state);
  }
}

export interface RemoteParty {
  /** The name when the network gave one, else the number. */
  primary: string;
  /** The number under a name; null when the primary line already is the number. */
  secondary: string | null;
}

/** Who is on the other end: their name and number, the number formatted for `country`. */
export function describeRemote(call: CallSnapshot, country: string): RemoteParty {
  const address = call.remoteUri.replace(/^sips?:/, '').replace(/[;?].*$/, '');
  const number = call.remoteNumber.trim() === '' ? address : formatPhoneForDisplay(call.remoteNumber, country);
  const name = call.remoteName?.trim() || null;
  if (number === '' || number.toLowerCase() === 'anonymous') {
    return { primary: name ?? 'Unknown caller', secondary: null };
  }
  return name && name !== number ? { primary: name, secondary: number } : { primary: number, secondary: null };
}

/** 0:07, 12:34, 1:02:03 */
export function formatDuration(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
