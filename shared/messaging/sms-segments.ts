/*
 * How many parts (segments) an SMS body is sent and billed as, the way Twilio counts them.
 * GSM-7 (3GPP TS 23.038): 160 septets in a single message, 153 in each part of a longer one, the
 * extension characters take 2 septets (ESC + code). Any other character switches the whole body to
 * UCS-2: UTF-16 code units, 70 single, 67 per part. A part never splits an escape sequence or a
 * surrogate pair, so a part may hold 152 septets or 66 units (Twilio's segment calculator,
 * github.com/TwilioDevEd/message-segment-calculator, and its "what is a segment" docs).
 */

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegmentCount {
  encoding: SmsEncoding;
  /** 0 for an empty body. */
  segments: number;
  /** units (septets or UTF-16 code units) left in the last segment */
  remaining: number;
  /** the characters that forced UCS-2, at most 5, first seen first */
  unicodeCharacters: string[];
}

/** The GSM 03.38 default alphabet in code order (0x00-0x7F), without ESC (0x1B). */
const gsm7Basic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅå' +
    'Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ' +
    ' !"#¤%&\'()*+,-./' +
    '0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
    '¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The default extension table: each one is sent as ESC + a code. */
const gsm7Extension = new Set('\f^{}\\[~]|€');

const singleMessageUnits: Record<SmsEncoding, number> = { 'GSM-7': 160, 'UCS-2': 70 };
const partUnits: Record<SmsEncoding, number> = { 'GSM-7': 153, 'UCS-2': 67 };
const shownUnicodeCharacters = 5;

function isGsm7(character: string): boolean {
  return gsm7Basic.has(character) || gsm7Extension.has(character);
}

function charactersOutsideGsm7(body: string): string[] {
  const found = new Set<string>();
  for (const character of body) {
    if (isGsm7(character)) continue;
    found.add(character);
    if (found.size === shownUnicodeCharacters) break;
  }
  return [...found];
}

/** `character` is one code point: a surrogate pair is 2 UCS-2 units. */
function unitsOf(character: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return character.length;
  return gsm7Extension.has(character) ? 2 : 1;
}

export function countSmsSegments(body: string): SmsSegmentCount {
  const unicodeCharacters = charactersOutsideGsm7(body);
  const encoding: SmsEncoding = unicodeCharacters.length === 0 ? 'GSM-7' : 'UCS-2';
  const perPart = partUnits[encoding];
  let total = 0;
  let parts = 1;
  let inLastPart = 0;
  for (const character of body) {
    const units = unitsOf(character, encoding);
    total += units;
    if (inLastPart + units > perPart) {
      parts += 1;
      inLastPart = 0;
    }
    inLastPart += units;
  }
  const single = singleMessageUnits[encoding];
  if (total <= single) return { encoding, segments: total === 0 ? 0 : 1, remaining: single - total, unicodeCharacters };
  return { encoding, segments: parts, remaining: perPart - inLastPart, unicodeCharacters };
}
