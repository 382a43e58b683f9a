import { Core } from 'sip.js';
import { describe, expect, it } from 'vitest';
import {
  acceptedSessionTimer,
  answerSessionTimer,
  expiryDelayMs,
  parseSessionExpires,
  refreshDelayMs,
  withSessionInterval,
} from './session-timer';
import { sipMessage } from './sip-text-test-kit';

const logger = new Core.LoggerFactory().getLogger('test');

function parsed(startLine: string, headers: string[]) {
  const text = sipMessage(startLine, [
    'Via: SIP/2.0/TCP 192.0.2.1:5060;branch=z9hG4bKtimer',
    'From: <sip:bob@example.com>;tag=b',
    'To: <sip:alice@example.com>;tag=a',
    'Call-ID: timer-test',
    `CSeq: 2 ${startLine.startsWith('SIP/') ? 'INVITE' : startLine.split(' ')[0]}`,
    ...headers,
  ]);
  return Core.Parser.parseMessage(text, logger)!;
}
const request = (headers: string[]) =>
  parsed('UPDATE sip:alice@192.0.2.2 SIP/2.0', headers) as Core.IncomingRequestMessage;
const answer = (headers: string[]) => parsed('SIP/2.0 200 OK', headers) as Core.IncomingResponseMessage;

describe('session timer negotiation (RFC 4028)', () => {
  it('reads Session-Expires with its refresher, and refuses junk', () => {
    expect(parseSessionExpires('90;refresher=uac')).toEqual({ seconds: 90, refresher: 'uac' });
    expect(parseSessionExpires(' 1800 ; Refresher = UAS')).toEqual({ seconds: 1800, refresher: 'uas' });
    expect(parseSessionExpires('1800;foo=bar')).toEqual({ seconds: 1800, refresher: undefined });
    expect(parseSessionExpires('9999999;refresher=uas')).toEqual({ seconds: 86_400, refresher: 'uas' });
    expect(parseSessionExpires('0')).toBeUndefined();
    expect(parseSessionExpires('-5')).toBeUndefined();
    expect(parseSessionExpires('1e3')).toBeUndefined();
    expect(parseSessionExpires(undefined)).toBeUndefined();
  });

  it('lets a caller that supports timers refresh, as it asked or by default', () => {
    expect(answerSessionTimer(request(['Supported: timer', 'Session-Expires: 90']))).toEqual({
      kind: 'accept',
      headers: ['Session-Expires: 90;refresher=uac', 'Require: timer'],
      timer: { seconds: 90, weRefresh: false },
    });
    expect(answerSessionTimer(request(['k: 100rel, timer', 'x: 600;refresher=uas']))).toEqual({
      kind: 'accept',
      headers: ['Session-Expires: 600;refresher=uas', 'Require: timer'],
      timer: { seconds: 600, weRefresh: true },
    });
  });

  it('refreshes itself when a proxy asked for the timer on behalf of a caller without it', () => {
    expect(answerSessionTimer(request(['Session-Expires: 1800;refresher=uac']))).toEqual({
      kind: 'accept',
      headers: ['Session-Expires: 1800;refresher=uas'],
      timer: { seconds: 1800, weRefresh: true },
    });
  });

  it('answers 422 with Min-SE under 90 s, and runs no timer when none is asked', () => {
    expect(answerSessionTimer(request(['Supported: timer', 'Session-Expires: 89']))).toEqual({
      kind: 'too-brief',
      headers: ['Min-SE: 90'],
    });
    expect(answerSessionTimer(request(['Supported: timer']))).toEqual({
      kind: 'accept',
      headers: [],
      timer: undefined,
    });
  });

  it('refreshes after a 2xx unless it names the far end as refresher', () => {
    expect(acceptedSessionTimer(answer(['Session-Expires: 90;refresher=uac']))).toEqual({
      seconds: 90,
      weRefresh: true,
    });
    expect(acceptedSessionTimer(answer(['Session-Expires: 90']))).toEqual({ seconds: 90, weRefresh: true });
    expect(acceptedSessionTimer(answer(['Session-Expires: 90;refresher=uas']))).toEqual({
      seconds: 90,
      weRefresh: false,
    });
    expect(acceptedSessionTimer(answer([]))).toBeUndefined();
  });

  it('refreshes at half the interval; the other side gives up min(32 s, a third) before its end', () => {
    expect(refreshDelayMs({ seconds: 90, weRefresh: true })).toBe(45_000);
    expect(expiryDelayMs({ seconds: 90, weRefresh: false })).toBe(60_000);
    expect(expiryDelayMs({ seconds: 1800, weRefresh: false })).toBe(1_768_000);
  });

  it('asks again with the 422’s minimum as both interval and Min-SE', () => {
    expect(withSessionInterval(['Contact: <sip:a@b>', 'Session-Expires: 1800', 'Min-SE: 90'], 3600)).toEqual([
      'Contact: <sip:a@b>',
      'Session-Expires: 3600',
      'Min-SE: 3600',
    ]);
  });
});
