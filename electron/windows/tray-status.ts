import { assertNever } from '../../shared/assert-never';
import type { RegistrationFailureReason, RegistrationState } from '../../shared/models/registration';

export type TrayIconName = 'ready' | 'connecting' | 'offline';

export interface TrayStatus {
  icon: TrayIconName;
  /** The state line of the tray menu. */
  label: string;
  tooltip: string;
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

function statusFor(icon: TrayIconName, label: string): TrayStatus {
  return { icon, label, tooltip: `Dialtone — ${label}` };
}

/** What the tray shows for the phone line's registration state. */
export function trayStatusFor(state: RegistrationState): TrayStatus {
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
