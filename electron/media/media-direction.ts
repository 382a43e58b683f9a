import type { MediaDirection } from './media-session-types';

/** SDP direction algebra (RFC 3264 section 6.1), always from one side's point of view. */

export function sends(direction: MediaDirection): boolean {
  return direction === 'sendrecv' || direction === 'sendonly';
}

export function receives(direction: MediaDirection): boolean {
  return direction === 'sendrecv' || direction === 'recvonly';
}

export function directionOf(send: boolean, receive: boolean): MediaDirection {
  if (send && receive) return 'sendrecv';
  if (send) return 'sendonly';
  if (receive) return 'recvonly';
  return 'inactive';
}

/** The far end's direction seen from our side: their sendonly is our recvonly. */
export function mirror(direction: MediaDirection): MediaDirection {
  return directionOf(receives(direction), sends(direction));
}

/** What both sides allow. */
export function intersect(a: MediaDirection, b: MediaDirection): MediaDirection {
  return directionOf(sends(a) && sends(b), receives(a) && receives(b));
}

/**
 * The direction the far end's description really allows: a zero connection address
 * (RFC 2543 hold, still sent by some PBXs) means "do not send to me".
 */
export function effectiveRemoteDirection(direction: MediaDirection, zeroAddress: boolean): MediaDirection {
  return zeroAddress ? directionOf(sends(direction), false) : direction;
}

/** Our direction after negotiation: what we want, within what the far end allows. */
export function negotiatedDirection(ours: MediaDirection, remote: MediaDirection): MediaDirection {
  return intersect(ours, mirror(remote));
}
