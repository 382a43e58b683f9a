import type { RegistrationFailureReason } from '../../../shared/models/registration';
import { readableText } from '../../../shared/readable-text';
import { inEnglish, words, type Words } from '../../../shared/text/words';
import { TransportError } from '../transport/transport-error';

/** A failure says what to do in words the person reads in their language; the message is their English. */
export type PhoneRegistration =
  | { status: 'registering' }
  | { status: 'registered'; expiresInSeconds: number }
  | { status: 'unregistered' }
  | { status: 'failed'; reason: RegistrationFailureReason; message: string; words?: Words };

/** A failure in Dialtone's words. */
export function registrationFailed(reason: RegistrationFailureReason, said: Words): PhoneRegistration {
  return { status: 'failed', reason, message: inEnglish(said), words: said };
}

/** A REGISTER refused by the server, in words that say what to do. */
export function registrationRefused(statusCode: number, reasonPhrase: string): PhoneRegistration {
  if (statusCode === 401 || statusCode === 403 || statusCode === 407) {
    return registrationFailed('bad-credentials', words('calls.registrationBadCredentials', { status: statusCode }));
  }
  if (statusCode === 404) {
    return registrationFailed('not-found', words('calls.registrationUnknownAddress'));
  }
  // The reason phrase is the server's own text: bounded, so it fits the contract.
  const reason = readableText(reasonPhrase, 100);
  return registrationFailed('server-error', words('calls.registrationServerError', { status: statusCode, reason }));
}

/** A connection failure; transport errors carry their own words and a kind, other errors their own message. */
export function registrationUnreachable(error: unknown): PhoneRegistration {
  const kind = typeof error === 'object' && error !== null && 'kind' in error ? String(error.kind) : undefined;
  const reason = kind === 'tls-certificate' ? 'tls' : 'unreachable';
  if (error instanceof TransportError) return registrationFailed(reason, error.words);
  if (error instanceof Error && error.message.length > 0) return { status: 'failed', reason, message: error.message };
  return registrationFailed(reason, words('calls.registrationUnreachable'));
}
