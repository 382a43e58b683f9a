/**
 * Control characters, lone surrogates, and the bidirectional controls that make text read as
 * something else ("\u202Emoc.elgoog" shows as google.com).
 */
const unreadable = /[\p{Cc}\p{Cs}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const highSurrogate = /[\uD800-\uDBFF]$/;

/**
 * Text from outside (the network, an old database row) made fit to show and to pass the contract:
 * unreadable characters become spaces, runs of white space one space, and text longer than
 * maxLength (in UTF-16 units, as the schemas count) ends in an ellipsis.
 */
export function readableText(text: string, maxLength: number): string {
  const clean = text.replace(unreadable, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  let cut = clean.slice(0, maxLength - 1);
  if (highSurrogate.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
