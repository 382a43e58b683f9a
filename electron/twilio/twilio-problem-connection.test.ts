import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { toTwilioProblem, twilioCodeOf } from './twilio-problem';
import { insecure, ownBug, restException, tooSlow, unreachable, withCode } from './twilio-problem-test-kit';

/** Failures that are not Twilio's answer: the connection under it, or a bug. */

describe('a connection that failed', () => {
  it.each([
    ...[
      'ECONNREFUSED',
      'ECONNRESET',
      'ENOTFOUND',
      'EAI_AGAIN',
      'EAI_FAIL',
      'EREFUSED',
      'ESERVFAIL',
      'EHOSTUNREACH',
      'EHOSTDOWN',
      'ENETUNREACH',
      'ENETDOWN',
      'ENETRESET',
      'EADDRNOTAVAIL',
      'EPIPE',
      'ERR_NETWORK',
      'ERR_STREAM_PREMATURE_CLOSE',
      'UND_ERR_SOCKET',
      'UND_ERR_CLOSED',
    ].map((code) => [code, unreachable] as const),
    ...[
      'ETIMEDOUT',
      'ETIMEOUT',
      'ESOCKETTIMEDOUT',
      'ECONNABORTED',
      'ERR_SOCKET_CONNECTION_TIMEOUT',
      'ERR_TLS_HANDSHAKE_TIMEOUT',
      'UND_ERR_CONNECT_TIMEOUT',
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
    ].map((code) => [code, tooSlow] as const),
    ...[
      'EPROTO',
      'CERT_HAS_EXPIRED',
      'CERT_NOT_YET_VALID',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_GET_ISSUER_CERT',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      'ERR_SSL_WRONG_VERSION_NUMBER',
    ].map((code) => [code, insecure] as const),
  ])('%s', (code, problem) => {
    expect(toTwilioProblem(withCode(code))).toEqual(problem);
  });

  it('is told apart from Twilio’s answer and from a bug by its code, not by a word in its message', () => {
    expect(toTwilioProblem(new Error('socket hang up'))).toEqual(ownBug);
    expect(toTwilioProblem(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toEqual(unreachable);
    expect(toTwilioProblem(withCode('NOT_ERR_SSL_X'))).toEqual(ownBug);
    expect(toTwilioProblem(withCode('toString'))).toEqual(ownBug);
  });

  it('knows a real refused connection and a real timeout signal', async () => {
    const refused = await new Promise<Error>((resolve) => {
      connect({ host: '127.0.0.1', port: 1 }).on('error', resolve);
    });
    expect(toTwilioProblem(refused)).toEqual(unreachable);
    const signal = AbortSignal.timeout(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const timedOut = await fetch('http://127.0.0.1:1', { signal }).catch((e: unknown) => e);
    expect((timedOut as Error).name).toBe('TimeoutError');
    expect(toTwilioProblem(timedOut)).toEqual(tooSlow);
  });

  it('is found under the wrappers fetch, AggregateError and Dialtone put around it', () => {
    expect(toTwilioProblem(new TypeError('fetch failed', { cause: withCode('UND_ERR_CONNECT_TIMEOUT') }))).toEqual(
      tooSlow,
    );
    expect(toTwilioProblem(new AggregateError([new Error('first'), withCode('ECONNREFUSED')], 'x'))).toEqual(
      unreachable,
    );
  });
});

describe('anything else is a problem of Dialtone’s own, never "check your internet"', () => {
  it.each([
    ['a TypeError', new TypeError("Cannot read properties of null (reading 'length')")],
    // got wraps whatever a hook throws in a RequestError with this code.
    [
      'got’s wrapper of a bug',
      Object.assign(new Error('boom'), { name: 'RequestError', code: 'ERR_GOT_REQUEST_ERROR' }),
    ],
    ['a string', 'failed'],
    ['undefined', undefined],
    ['a plain object', { message: 'x' }],
  ])('%s', (_name, error) => {
    expect(toTwilioProblem(error)).toEqual(ownBug);
  });

  it('leaks no internals from the error into the words', () => {
    expect(JSON.stringify(toTwilioProblem(new Error('at /home/me/app.js password=hunter2')))).not.toMatch(
      /hunter2|app\.js/,
    );
  });

  it('survives a null cause, a null error and an error that wraps itself', () => {
    expect(toTwilioProblem(Object.assign(new Error('x'), { cause: null }))).toEqual(ownBug);
    expect(toTwilioProblem(null)).toEqual(ownBug);
  });

  it('looks at most 16 errors down, however a hostile answer nests them', () => {
    const wrapped = (depth: number) => {
      let error: unknown = restException(400, 21422, 'Not available');
      for (let level = 1; level < depth; level += 1) error = new Error(`level ${level}`, { cause: error });
      return error;
    };
    expect(toTwilioProblem(wrapped(16)).code).toBe(21422);
    expect(toTwilioProblem(wrapped(17))).toEqual(ownBug);
    const wide = new AggregateError([...Array.from({ length: 20 }, () => new Error('x')), withCode('ECONNRESET')], 'x');
    expect(toTwilioProblem(wide)).toEqual(ownBug);
  });

  it('survives an error that wraps itself', () => {
    const loop = new Error('loop') as Error & { cause?: unknown };
    loop.cause = loop;
    expect(toTwilioProblem(loop)).toEqual(ownBug);
    expect(twilioCodeOf(loop)).toBeNull();
  });
});
