import { dtmfKeyOfEvent } from '../../media/dtmf-sender';

/**
 * The key a SIP INFO carries, or undefined when it carries none: application/dtmf-relay
 * ("Signal=5\r\nDuration=160", the form most phones send) or application/dtmf (the key alone).
 */
export function dtmfFromInfo(contentType: string | undefined, body: string): string | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  const signal =
    type === 'application/dtmf-relay'
      ? /^[ \t]*signal[ \t]*=[ \t]*([^\r\n]*)$/im.exec(body)?.[1]
      : type === 'application/dtmf'
        ? body
        : undefined;
  return signal === undefined ? undefined : keyOf(signal.trim());
}

function keyOf(signal: string): string | undefined {
  if (/^[0-9*#]$/.test(signal)) return signal;
  if (/^[a-d]$/i.test(signal)) return signal.toUpperCase();
  // RFC 4733 event numbers 10 to 15, which some phones send instead of the key itself.
  return /^1[0-5]$/.test(signal) ? dtmfKeyOfEvent(Number(signal)) : undefined;
}
