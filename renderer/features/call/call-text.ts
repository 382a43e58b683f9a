import { assertNever } from '../../../shared/assert-never';
import type { CallRecordingState, CallSnapshot } from '../../../shared/models/call';
import type { CallEndReason } from '../../../shared/models/call-end-reason';
import { formatPhoneForDisplay } from '../../../shared/phone/phone-number';
import type { MessageId } from '../../i18n/locale-messages';
import { translate } from '../../i18n/translate';

const endReasonMessage: Readonly<Record<CallEndReason, MessageId>> = {
  'hung-up': 'call.endReasonHungUp',
  'remote-hung-up': 'call.endReasonRemoteHungUp',
  cancelled: 'call.endReasonCancelled',
  missed: 'call.endReasonMissed',
  'answered-elsewhere': 'call.endReasonAnsweredElsewhere',
  declined: 'call.endReasonDeclined',
  busy: 'call.endReasonBusy',
  'no-answer': 'call.endReasonNoAnswer',
  'not-found': 'call.endReasonNotFound',
  unavailable: 'call.endReasonUnavailable',
  'rejected-media': 'call.endReasonRejectedMedia',
  'media-timeout': 'call.endReasonMediaTimeout',
  'network-error': 'call.endReasonNetworkError',
  failed: 'call.endReasonFailed',
  transferred: 'call.endReasonTransferred',
};

/** What the call is doing, in the words the in-call screen shows. */
export function describeCallState(call: CallSnapshot): string {
  switch (call.state) {
    case 'dialing':
      return translate(call.direction === 'outgoing' ? 'call.stateCalling' : 'call.stateConnecting');
    case 'ringing':
      return translate(call.direction === 'outgoing' ? 'call.stateRinging' : 'call.stateIncoming');
    case 'connected':
      if (call.onHold) return translate('call.stateOnHold');
      if (call.heldByRemote) return translate('call.stateHeldByRemote');
      return translate('call.stateConnected');
    case 'ended':
      if (call.endReason === 'transferred' && call.transfer) {
        return translate('call.stateEndedTransferred', { target: call.transfer.target.replace(/^sips?:/i, '') });
      }
      return call.endReason === null || call.endReason === 'hung-up'
        ? translate('call.stateEnded')
        : translate('call.stateEndedBecause', { reason: translate(endReasonMessage[call.endReason]) });
    default:
      return assertNever(call.state);
  }
}

/** What screen readers hear of recording on demand, after the call's state; empty when it is not recording. */
export function describeRecording(state: CallRecordingState): string {
  switch (state) {
    case 'starting':
      return translate('call.recordingStarting');
    case 'on':
      return translate('call.recordingOn');
    case 'stopping':
      return translate('call.recordingStopping');
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
      return translate('call.recordStartingTitle');
    case 'on':
      return translate('call.recordStopTitle');
    case 'stopping':
      return translate('call.recordStoppingTitle');
    case 'off':
    case 'unavailable':
      return translate('call.recordTitle');
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
    return { primary: name ?? translate('call.unknownCaller'), secondary: null };
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
