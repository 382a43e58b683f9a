import { assertNever } from '../../../shared/assert-never';
import type { RegistrationState } from '../../../shared/models/registration';
import type { Translate } from '../../i18n/message-values';

export type PillTone = 'neutral' | 'progress' | 'ok' | 'error';

export interface RegistrationDescription {
  text: string;
  tone: PillTone;
}

/** Main's words for the failure in the locale of `t`, or the message as sent (an error's own text) when it has none. */
function failureText(state: Extract<RegistrationState, { status: 'failed' }>, t: Translate): string {
  return state.words ? t(`words.${state.words.id}`, state.words.values) : state.message;
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
      return { text: t('shell.registrationFailed', { message: failureText(state, t) }), tone: 'error' };
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
