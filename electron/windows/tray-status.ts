import { assertNever } from '../../shared/assert-never';
import type { RegistrationFailureReason, RegistrationState } from '../../shared/models/registration';

export type TrayIconName = 'ready' | 'connecting' | 'offline';

export interface TrayStatus {
  icon: TrayIconName;
  /** The state line of the tray menu. */
  label: string;
  tooltip: string;
  /** "2 missed calls", or null when there are none to see. */
  missed: string | null;
}

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

function missedText(count: number): string | null {
  return count === 0 ? null : `${count} missed call${count === 1 ? '' : 's'}`;
}

/** What the tray shows for the phone line's registration state and the missed calls not seen yet. */
export function trayStatusFor(state: RegistrationState, missedCalls = 0): TrayStatus {
  const missed = missedText(missedCalls);
  const statusFor = (icon: TrayIconName, label: string): TrayStatus => ({
    icon,
    label,
    tooltip: `Dialtone — ${label}${missed ? ` — ${missed}` : ''}`,
    missed,
  });
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
