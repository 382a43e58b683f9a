import type { RegistrationFailureReason } from '../../../shared/models/registration';
import { readableText } from '../../../shared/readable-text';

export type PhoneRegistration =
  | { status: 'registering' }
  | { status: 'registered'; expiresInSeconds: number }
  | { status: 'unregistered' }
  | { status: 'failed'; reason: RegistrationFailureReason; message: string };

/** A REGISTER refused by the server, in words that say what to do. */
export function registrationRefused(statusCode: number, reasonPhrase: string): PhoneRegistration {
  if (statusCode === 401 || statusCode === 403 || statusCode === 407) {
    return {
      status: 'failed',
      reason: 'bad-credentials',
      message: `The SIP server refused the user name or password (${statusCode}). Check them in the account settings.`,
    };
  }
  if (statusCode === 404) {
    return {
      status: 'failed',
      reason: 'not-found',
      message: 'The SIP server does not know this address (404). Check the SIP address and its domain.',
    };
  }
  return {
    status: 'failed',
    reason: 'server-error',
    // The reason phrase is the server's own text: bounded, so it fits the contract.
    message: `The SIP server could not register this phone (${statusCode} ${readableText(reasonPhrase, 100)}). Dialtone will try again.`,
  };
}

/** A connection failure; transport errors carry their own plain message and a kind. */
export function registrationUnreachable(error: unknown): PhoneRegistration {
  const kind = typeof error === 'object' && error !== null && 'kind' in error ? String(error.kind) : undefined;
  const message =
    error instanceof Error && error.message.length > 0
      ? error.message
      : 'Dialtone cannot reach the SIP server. Check your internet connection; Dialtone will try again.';
  return { status: 'failed', reason: kind === 'tls-certificate' ? 'tls' : 'unreachable', message };
}
