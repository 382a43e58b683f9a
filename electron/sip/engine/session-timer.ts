import type { Core } from 'sip.js';
import { deltaSeconds } from './delta-seconds';

/*
 * RFC 4028 session timers: a call is refreshed (re-INVITE or UPDATE) every half interval by one
 * side, the refresher; the other side, and stateful proxies, end it when no refresh came in time.
 */

/** What our INVITE asks for: RFC 4028 section 4 recommends 30 minutes. */
export const askedSessionSeconds = 1800;
/** The shortest interval we accept: the floor RFC 4028 section 5 sets for Min-SE. */
export const minimumSessionSeconds = 90;

/**
 * The longest interval we keep: a day. A longer one is shortened to it, as RFC 4028 section 9 lets
 * the answerer do; in milliseconds it would overflow setTimeout (2^31 ms, about 24.8 days), whose
 * timer then fires at once and ends the call or refreshes it without pause.
 */
export const longestSessionSeconds = 86_400;

/** A running session timer, from our side. */
export interface SessionTimer {
  seconds: number;
  weRefresh: boolean;
}

type Refresher = 'uac' | 'uas';

/** A Session-Expires value: `90;refresher=uac`. */
export function parseSessionExpires(
  value: string | undefined,
): { seconds: number; refresher: Refresher | undefined } | undefined {
  if (value === undefined) return undefined;
  const [delta, ...params] = value.split(';');
  const seconds = deltaSeconds(delta);
  if (seconds === undefined || seconds === 0) return undefined;
  const refresher = params
    .map((param) => param.replace(/\s+/g, '').toLowerCase())
    .find((param) => param.startsWith('refresher='))
    ?.slice('refresher='.length);
  return {
    seconds: Math.min(seconds, longestSessionSeconds),
    refresher: refresher === 'uac' || refresher === 'uas' ? refresher : undefined,
  };
}

/** Session-Expires may arrive in its compact form, x (RFC 4028 section 4). */
function sessionExpiresOf(message: Core.IncomingMessage) {
  return parseSessionExpires(message.getHeader('session-expires') ?? message.getHeader('x'));
}

function optionTags(message: Core.IncomingMessage, full: string, compact: string): string[] {
  return [...message.getHeaders(full), ...message.getHeaders(compact)]
    .flatMap((value) => value.split(','))
    .map((tag) => tag.trim().toLowerCase());
}

export const supportsTimer = (message: Core.IncomingMessage) => optionTags(message, 'supported', 'k').includes('timer');

/** Whether the far end said (in Allow) that it takes UPDATE, the lighter way to refresh. */
export const allowsUpdate = (message: Core.IncomingMessage) =>
  message.getHeaders('allow').some((value) => /(^|,)\s*UPDATE\s*(,|$)/i.test(value));

export type SessionTimerAnswer =
  { kind: 'too-brief'; headers: string[] } | { kind: 'accept'; headers: string[]; timer: SessionTimer | undefined };

/**
 * Our answer to the far end's INVITE, re-INVITE or UPDATE (RFC 4028 section 9): refuse an interval
 * under our minimum with 422, else confirm it in the 2xx with who refreshes. A request without
 * Session-Expires leaves the call without a timer.
 */
export function answerSessionTimer(request: Core.IncomingRequestMessage): SessionTimerAnswer {
  const asked = sessionExpiresOf(request);
  if (!asked) return { kind: 'accept', headers: [], timer: undefined };
  if (asked.seconds < minimumSessionSeconds)
    return { kind: 'too-brief', headers: [`Min-SE: ${minimumSessionSeconds}`] };
  // A caller that does not support timers cannot refresh (a proxy asked for the timer): we do.
  const callerSupports = supportsTimer(request);
  const refresher: Refresher = callerSupports ? (asked.refresher ?? 'uac') : 'uas';
  return {
    kind: 'accept',
    headers: [
      `Session-Expires: ${asked.seconds};refresher=${refresher}`,
      ...(callerSupports ? ['Require: timer'] : []),
    ],
    timer: { seconds: asked.seconds, weRefresh: refresher === 'uas' },
  };
}

/**
 * The timer a 2xx to our INVITE, re-INVITE or UPDATE sets (RFC 4028 section 7.2): none without
 * Session-Expires; the refresher is us unless it names the far end (uas).
 */
export function acceptedSessionTimer(response: Core.IncomingResponseMessage): SessionTimer | undefined {
  const granted = sessionExpiresOf(response);
  return granted && { seconds: granted.seconds, weRefresh: granted.refresher !== 'uas' };
}

/** Our first INVITE of a call asks for a timer and lets the far end choose the refresher. */
export const initialSessionTimerHeaders = (): string[] => [
  `Session-Expires: ${askedSessionSeconds}`,
  `Min-SE: ${minimumSessionSeconds}`,
];

/** Requests we send in a call keep its running timer, naming the refresher (RFC 4028 section 7.4). */
export function sessionTimerRequestHeaders(timer: SessionTimer | undefined): string[] {
  if (!timer) return [];
  return [
    `Session-Expires: ${timer.seconds};refresher=${timer.weRefresh ? 'uac' : 'uas'}`,
    `Min-SE: ${minimumSessionSeconds}`,
  ];
}

/** Header lines with Session-Expires and Min-SE set to this interval (after a 422, RFC 4028 section 7.3). */
export function withSessionInterval(headers: string[], seconds: number): string[] {
  const others = headers.filter((line) => !/^(session-expires|x|min-se)\s*:/i.test(line));
  return [...others, `Session-Expires: ${seconds}`, `Min-SE: ${seconds}`];
}

/** The interval a request of ours asks for, from its header lines. */
export function askedInterval(headers: string[]): number | undefined {
  const line = headers.find((header) => /^session-expires\s*:/i.test(header));
  return line === undefined ? undefined : parseSessionExpires(line.slice(line.indexOf(':') + 1))?.seconds;
}

/** The refresher refreshes at half the interval (RFC 4028 section 10). */
export const refreshDelayMs = (timer: SessionTimer) => timer.seconds * 500;

/** Without a refresh, the other side ends the call this long after the last one (RFC 4028 section 10). */
export const expiryDelayMs = (timer: SessionTimer) => (timer.seconds - Math.min(32, timer.seconds / 3)) * 1000;
