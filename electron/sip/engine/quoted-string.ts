/**
 * A display name travels in a quoted-string (RFC 3261 25.1): `"` and `\` inside it are written as
 * quoted-pairs. sip.js neither escapes a display name it sends nor unescapes one it parses.
 */
export const escapeQuotedString = (text: string): string => text.replace(/[\\"]/g, '\\$&');

export const unescapeQuotedString = (text: string): string => text.replace(/\\(.)/gsu, '$1');
