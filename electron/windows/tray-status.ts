import { assertNever } from '../../shared/assert-never';
import type { RegistrationFailureReason, RegistrationState } from '../../shared/models/registration';

export type TrayIconName = 'ready' | 'connecting' | 'offline';

export interface TrayStatus {
  icon: TrayIconName;
  /** The state line of the tray menu. */
  label: string;
  tooltip: string;
  /** "2 missed calls, 1 voicemail, 3 messages", or null when there is nothing new to see. */
  missed: string | null;
}

/** What the person has not seen yet: missed calls, voicemail not played, messages not read. */
export interface UnreadCounts {
  missedCalls: number;
  voicemails: number;
  messages: number;
}

export const nothingUnread: UnreadCounts = Object.freeze({ missedCalls: 0, voicemails: 0, messages: 0 });

function describeFailure(reason: RegistrationFailureReason): string {
  switch (reason) {
    case 'bad-credentials':
      return 'the user name or password was refused';
    case 'not-found':
      return 'the server does not know this account';
    case 'tls':
      return 'the secure connection failed';
    case 'unreachable':
      return 'the server cannot be reached';
    case 'server-error':
      return 'the server reported an error';
    default:
      return assertNever(reason);
  }
}

const counted = (count: number, one: string, many: string) =>
  count === 0 ? [] : [`${count} ${count === 1 ? one : many}`];

/** "2 missed calls, 1 voicemail, 3 messages": each kind once, in that order; null when all are zero. */
export function unreadText({ missedCalls, voicemails, messages }: UnreadCounts): string | null {
  const parts = [
    ...counted(missedCalls, 'missed call', 'missed calls'),
    ...counted(voicemails, 'voicemail', 'voicemails'),
    ...counted(messages, 'message', 'messages'),
  ];
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * What the tray shows for the phone line's registration state, what has not been seen yet, and do not
 * disturb when it is on at Twilio (in words: there is no tray icon for it).
 */
export function trayStatusFor(
  state: RegistrationState,
  unread: UnreadCounts = nothingUnread,
  doNotDisturb = false,
): TrayStatus {
  const missed = unreadText(unread);
  const statusFor = (icon: TrayIconName, registration: string): TrayStatus => {
    const label = doNotDisturb ? `${registration} · Do not disturb` : registration;
    return { icon, label, tooltip: `Dialtone — ${label}${missed ? ` — ${missed}` : ''}`, missed };
  };
  switch (state.status) {
    case 'registered':
      return statusFor('ready', 'Ready');
    case 'registering':
      return statusFor('connecting', 'Connecting…');
    case 'unregistered':
      return statusFor('offline', 'Not connected');
    case 'failed':
      return statusFor('offline', `Not connected: ${describeFailure(state.reason)}`);
    case 'no-account':
      return statusFor('offline', 'No phone line yet');
    default:
      return assertNever(state);
  }
}
