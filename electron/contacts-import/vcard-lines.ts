import { words } from '../../shared/text/words';
import { checkIsText, ContactsFileError } from './contacts-file-error';

/** One card's text, cleaned so that ical.js can read it: unfolded, quoted-printable decoded, 2.1 parameters named. */
export interface CardText {
  /** 1-based position in the file. */
  index: number;
  text: string;
  /** Lines that were not "name:value" and were left out. */
  unreadableLines: number;
}

// Photos, logos, sounds and keys are large and not used by Dialtone: dropped before parsing.
const ignoredProperties = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
// Structured values, where "\;" separates fields and ical.js unescapes it itself.
const structuredProperties = new Set(['N', 'ORG', 'ADR', 'GENDER', 'CLIENTPIDMAP']);
const encodings = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);
const quotedPrintableHead = /[;:]\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*[;:]/i;

/** Index of the ":" between a content line's name and parameters and its value (not inside double quotes). */
function valueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return i;
  }
  return -1;
}

function splitParameters(head: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < head.length; i++) {
    const char = head[i];
    if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) {
      parts.push(head.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(head.slice(start));
  return parts;
}

/** "=C3=BCller" with CHARSET=UTF-8 -> "üller". Characters outside =XX are taken as they are. */
export function decodeQuotedPrintable(value: string, charset = 'UTF-8'): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    const hex = char === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (char.charCodeAt(0) < 0x80) {
      bytes.push(char.charCodeAt(0));
    } else {
      const codePoint = value.codePointAt(i) ?? 0xfffd;
      const text = String.fromCodePoint(codePoint);
      bytes.push(...encoder.encode(text));
      i += text.length - 1;
    }
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    // An unknown CHARSET label: UTF-8 is what nearly every exporter means.
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

/** "\;" unescaped in a single-value text (ical.js keeps the backslash there), other escapes left for ical.js. */
function unescapeSemicolons(value: string): string {
  if (!value.includes('\\;')) return value;
  let result = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '\\' && i + 1 < value.length) {
      const next = value[i + 1];
      result += next === ';' ? ';' : `\\${next}`;
      i++;
    } else {
      result += char;
    }
  }
  return result;
}

/** One content line made readable by ical.js, or null to leave it out. */
function normaliseLine(line: string): string | null {
  const colon = valueColon(line);
  if (colon <= 0) return null;
  const [nameWithGroup = '', ...rawParameters] = splitParameters(line.slice(0, colon));
  const name = nameWithGroup
    .slice(nameWithGroup.lastIndexOf('.') + 1)
    .trim()
    .toUpperCase();
  if (name === '' || ignoredProperties.has(name)) return null;
  let value = line.slice(colon + 1);
  if (rawParameters.length === 0)
    return structuredProperties.has(name) ? line : `${nameWithGroup}:${unescapeSemicolons(value)}`;

  const parameters: string[] = [];
  let encoding = '';
  let charset = 'UTF-8';
  for (const parameter of rawParameters) {
    const equals = parameter.indexOf('=');
    const key = (equals < 0 ? '' : parameter.slice(0, equals)).trim().toUpperCase();
    const bare = parameter.trim();
    if (equals < 0 && bare === '') continue;
    // vCard 2.1 writes bare parameters: TEL;CELL;PREF, NOTE;QUOTED-PRINTABLE.
    if (equals < 0 && encodings.has(bare.toUpperCase())) encoding = bare.toUpperCase();
    else if (equals < 0 && /[A-Za-z0-9]/.test(bare)) parameters.push(`TYPE=${bare.replace(/[^A-Za-z0-9-]/g, '')}`);
    else if (key === 'ENCODING')
      encoding = parameter
        .slice(equals + 1)
        .trim()
        .toUpperCase();
    else if (key === 'CHARSET')
      charset = parameter
        .slice(equals + 1)
        .replace(/"/g, '')
        .trim();
    else if (key !== '') parameters.push(parameter);
  }
  if (encoding === 'QUOTED-PRINTABLE') {
    // Decoded text can hold line breaks, which must be escaped again in a vCard value.
    value = decodeQuotedPrintable(value, charset).replace(/\r\n|\r|\n/g, '\\n');
  } else if (encoding === 'B' || encoding === 'BASE64') {
    parameters.push(`ENCODING=${encoding === 'B' ? 'b' : 'BASE64'}`);
  }
  if (!structuredProperties.has(name)) value = unescapeSemicolons(value);
  return [nameWithGroup, ...parameters].join(';') + ':' + value;
}

/** Physical lines joined back: RFC folding (a leading space or tab) and quoted-printable soft breaks ("=" at the end). */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  let current: string | null = null;
  let quotedPrintable = false;
  for (const physical of text.split(/\r\n|\n|\r/)) {
    if (current !== null && quotedPrintable && current.endsWith('=')) {
      current = current.slice(0, -1) + physical;
    } else if (current !== null && (physical.startsWith(' ') || physical.startsWith('\t'))) {
      current += physical.slice(1);
    } else {
      if (current !== null) lines.push(current);
      current = physical;
      const colon = physical.indexOf(':');
      quotedPrintable = colon > 0 && quotedPrintableHead.test(physical.slice(0, colon + 1));
    }
  }
  if (current !== null) lines.push(current);
  return lines;
}

function cardText(index: number, lines: string[]): CardText {
  const version = lines.findIndex((line) => /^VERSION\s*:/i.test(line));
  // ical.js reads a card as vCard 4.0 only when VERSION:4.0 is its first line.
  const ordered = version > 0 ? [lines[version] ?? '', ...lines.filter((_, i) => i !== version)] : lines;
  const kept: string[] = [];
  let unreadableLines = 0;
  for (const line of ordered) {
    const normalised = normaliseLine(line);
    if (normalised !== null) kept.push(normalised);
    else if (valueColon(line) <= 0) unreadableLines++;
  }
  return { index, text: ['BEGIN:VCARD', ...kept, 'END:VCARD'].join('\r\n'), unreadableLines };
}

/**
 * Splits a vCard file into cards, or throws a ContactsFileError when the file is not a vCard or is
 * cut off in the middle of a card. A card inside a card (vCard 2.1 AGENT) is left out.
 */
export function splitVcards(content: string): CardText[] {
  const text = checkIsText(content, 'vcard');
  if (!/^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$/im.test(text)) {
    throw new ContactsFileError(words('contacts.fileNotVcard'));
  }
  const cards: CardText[] = [];
  let depth = 0;
  let lines: string[] = [];
  for (const line of logicalLines(text)) {
    const marker = line.replace(/\s+/g, '').toUpperCase();
    if (marker === 'BEGIN:VCARD') {
      if (depth === 0) lines = [];
      depth++;
    } else if (marker === 'END:VCARD') {
      if (depth === 1) cards.push(cardText(cards.length + 1, lines));
      depth = Math.max(0, depth - 1);
    } else if (depth === 1 && line.trim() !== '') {
      lines.push(line);
    }
  }
  if (depth > 0) {
    throw new ContactsFileError(words('contacts.vcardCutOff', { card: cards.length + 1 }));
  }
  return cards;
}
