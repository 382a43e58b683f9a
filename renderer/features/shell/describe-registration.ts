import { assertNever } from '../../../shared/assert-never';
import type { RegistrationState } from '../../../shared/models/registration';

export type PillTone = 'neutral' | 'progress' | 'ok' | 'error';

export interface RegistrationDescription {
  text: string;
  tone: PillTone;
}

export function describeRegistration(state: RegistrationState): RegistrationDescription {
  switch (state.status) {
    case 'no-account':
      return { text: 'No phone line yet', tone: 'neutral' };
    case 'unregistered':
      return { text: 'Offline', tone: 'neutral' };
    case 'registering':
      return { text: 'Connecting…', tone: 'progress' };
    case 'registered':
      return { text: 'Ready', tone: 'ok' };
    case 'failed':
      return { text: `Not connected: ${state.message}`, tone: 'error' };
    default:
      return assertNever(state);
  }
}

/** Before main has answered, or when it could not, the pill still says something true. */
export function describeUnknownRegistration(loadError: string | null): RegistrationDescription {
  return loadError === null
    ? { text: 'Checking phone line…', tone: 'progress' }
    : { text: 'Phone line status unavailable', tone: 'error' };
}
