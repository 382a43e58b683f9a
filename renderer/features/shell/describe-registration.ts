import { assertNever } from '../../../shared/assert-never';
import type { RegistrationState } from '../../../shared/models/registration';
import type { Translate } from '../../i18n/message-values';

export type PillTone = 'neutral' | 'progress' | 'ok' | 'error';

export interface RegistrationDescription {
  text: string;
  tone: PillTone;
}

export function describeRegistration(state: RegistrationState, t: Translate): RegistrationDescription {
  switch (state.status) {
    case 'no-account':
      return { text: t('shell.registrationNoAccount'), tone: 'neutral' };
    case 'unregistered':
      return { text: t('shell.registrationOffline'), tone: 'neutral' };
    case 'registering':
      return { text: t('shell.registrationConnecting'), tone: 'progress' };
    case 'registered':
      return { text: t('shell.registrationReady'), tone: 'ok' };
    case 'failed':
      return { text: t('shell.registrationFailed', { message: state.message }), tone: 'error' };
    default:
      return assertNever(state);
  }
}

/** Before main has answered, or when it could not, the pill still says something true. */
export function describeUnknownRegistration(loadError: string | null, t: Translate): RegistrationDescription {
  return loadError === null
    ? { text: t('shell.registrationChecking'), tone: 'progress' }
    : { text: t('shell.registrationUnavailable'), tone: 'error' };
}
