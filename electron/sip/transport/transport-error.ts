import { assertNever } from '../../../shared/assert-never';

export type TransportErrorKind =
  'dns' | 'refused' | 'unreachable' | 'tls-certificate' | 'tls-handshake' | 'timeout' | 'reset' | 'framing';

/** Why the connection to the SIP server failed or was lost, in words a person can act on. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly kind: TransportErrorKind,
    message: string,
    /** The underlying Node or OpenSSL code (ECONNREFUSED, CERT_HAS_EXPIRED, ...) or a local one. */
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
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
  return new TransportError(kind, plainMessage(kind, code, server), code, { cause });
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

function plainMessage(kind: TransportErrorKind, code: string | undefined, server: string): string {
  switch (kind) {
    case 'dns':
      return `The SIP server name ${server} could not be found. Check the server address in the account settings and your internet connection.`;
    case 'refused':
      return `The SIP server ${server} refused the connection. Check the server address, the port and whether TCP or TLS is expected.`;
    case 'unreachable':
      return `Dialtone could not reach the SIP server ${server}${code ? ` (${code})` : ''}. Check your internet connection.`;
    case 'tls-certificate':
      return certificateMessage(code, server);
    case 'tls-handshake':
      return `The secure connection to the SIP server ${server} failed. Check that this port speaks TLS (usually 5061), or choose TCP in the account settings.`;
    case 'timeout':
      return `The SIP server ${server} did not answer in time. If this keeps happening, check your internet connection and the server address.`;
    case 'reset':
      return `The connection to the SIP server ${server} was closed. If this keeps happening, check your internet connection.`;
    case 'framing':
      return `The SIP server ${server} sent data Dialtone could not read, so the connection was closed. If this keeps happening, check your internet connection.`;
    default:
      return assertNever(kind);
  }
}

function certificateMessage(code: string | undefined, server: string): string {
  switch (code) {
    case 'CERT_HAS_EXPIRED':
    case 'CERT_NOT_YET_VALID':
      return `The SIP server's certificate is not valid today. Check your computer's date and time; if it is right, the server's administrator has to renew the certificate.`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
    case 'HOSTNAME_MISMATCH':
      return `The SIP server's certificate is not made out to ${server}. Check the server address in the account settings.`;
    case 'CERT_PIN_MISMATCH':
      return `The SIP server's certificate is not the one pinned in the account settings. If the server's certificate was replaced, pin the new one; otherwise someone may be intercepting the connection.`;
    default:
      return `The SIP server's certificate is not trusted. If this is your own PBX, add its certificate in the account settings.`;
  }
}
