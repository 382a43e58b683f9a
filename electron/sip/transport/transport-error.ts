import { assertNever } from '../../../shared/assert-never';
import { inEnglish, words, type Words } from '../../../shared/text/words';

export type TransportErrorKind =
  'dns' | 'refused' | 'unreachable' | 'tls-certificate' | 'tls-handshake' | 'timeout' | 'reset' | 'framing';

/** Why the connection to the SIP server failed or was lost, in words a person can act on. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly kind: TransportErrorKind,
    /** What the person reads; the message is their English. */
    readonly words: Words,
    /** The underlying Node or OpenSSL code (ECONNREFUSED, CERT_HAS_EXPIRED, ...) or a local one. */
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(inEnglish(words), options);
  }
}

/** OpenSSL verification results as Node reports them, plus Node's own host name check. */
const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'ERROR_IN_CERT_NOT_BEFORE_FIELD',
  'ERROR_IN_CERT_NOT_AFTER_FIELD',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_CHAIN_TOO_LONG',
  'CERT_REVOKED',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_PIN_MISMATCH',
]);

const KIND_BY_CODE: Record<string, TransportErrorKind> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ERR_STREAM_DESTROYED: 'reset',
  ERR_STREAM_WRITE_AFTER_END: 'reset',
  EPROTO: 'tls-handshake',
};

export function createTransportError(kind: TransportErrorKind, server: string, code?: string, cause?: unknown) {
  return new TransportError(kind, plainWords(kind, code, server), code, { cause });
}

/** Maps whatever a socket reported (a Node system error, an OpenSSL verification error) to a kind. */
export function transportErrorFrom(error: unknown, server: string): TransportError {
  if (error instanceof TransportError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  const known = typeof code === 'string' ? code : undefined;
  return createTransportError(kindOf(known), server, known, error);
}

function kindOf(code: string | undefined): TransportErrorKind {
  if (code === undefined) return 'unreachable';
  if (CERTIFICATE_CODES.has(code)) return 'tls-certificate';
  if (code.startsWith('ERR_SSL_')) return 'tls-handshake';
  return KIND_BY_CODE[code] ?? 'unreachable';
}

function plainWords(kind: TransportErrorKind, code: string | undefined, server: string): Words {
  switch (kind) {
    case 'dns':
      return words('calls.sipServerNotFound', { server });
    case 'refused':
      return words('calls.sipServerRefused', { server });
    case 'unreachable':
      return code
        ? words('calls.sipServerUnreachableCode', { server, code })
        : words('calls.sipServerUnreachable', { server });
    case 'tls-certificate':
      return certificateWords(code, server);
    case 'tls-handshake':
      return words('calls.sipTlsFailed', { server });
    case 'timeout':
      return words('calls.sipServerTimeout', { server });
    case 'reset':
      return words('calls.sipConnectionClosed', { server });
    case 'framing':
      return words('calls.sipUnreadableData', { server });
    default:
      return assertNever(kind);
  }
}

function certificateWords(code: string | undefined, server: string): Words {
  switch (code) {
    case 'CERT_HAS_EXPIRED':
    case 'CERT_NOT_YET_VALID':
      return words('calls.sipCertificateExpired');
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'HOSTNAME_MISMATCH':
      return words('calls.sipCertificateWrongName', { server });
    case 'CERT_PIN_MISMATCH':
      return words('calls.sipCertificateNotPinned');
    default:
      return words('calls.sipCertificateUntrusted');
  }
}
