import { assertNever } from '../../shared/assert-never';
import type { Contact, PhoneLabel } from '../../shared/models/contact';

const maxLineOctets = 75;
// Characters a vCard line cannot carry (line breaks are escaped, these are dropped).
const unwritable = /(?![\t\n\r])\p{Cc}/gu;

/** RFC 6350 3.4: backslash, comma and line breaks escaped; semicolons too in a compound value (ORG). */
export function escapeText(text: string, compound = false): string {
  const escaped = text
    .replace(unwritable, '')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return compound ? escaped.replace(/;/g, '\\;') : escaped;
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** RFC 6350 3.2: lines longer than 75 octets continue on the next line after one space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = octets(char.codePointAt(0) ?? 0);
    // Continuation lines start with a space, which counts towards their 75 octets.
    if (size + length > maxLineOctets) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function telType(label: PhoneLabel): string {
  switch (label) {
    case 'mobile':
      return 'cell';
    case 'work':
      return 'work';
    case 'home':
      return 'home';
    case 'main':
      return 'main';
    case 'fax':
      return 'fax';
    case 'other':
      return 'voice';
    default:
      return assertNever(label);
  }
}

/** E.164 as a tel: URI when the number has one and no extension; otherwise the number as it was written. */
function telLine(phone: Contact['phones'][number]): string {
  const type = telType(phone.label);
  const hasExtension = /(ext\.?|x|;)\s*\d+\s*$/i.test(phone.number);
  if (phone.e164 && !hasExtension) return `TEL;VALUE=uri;TYPE=${type}:tel:${phone.e164}`;
  return `TEL;VALUE=text;TYPE=${type}:${escapeText(phone.number)}`;
}

function cardLines(contact: Contact): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'PRODID:-//Dialtone//Dialtone//EN', `UID:urn:uuid:${contact.id}`];
  lines.push(`FN:${escapeText(contact.name)}`);
  if (contact.organisation.trim() !== '') lines.push(`ORG:${escapeText(contact.organisation, true)}`);
  for (const phone of contact.phones) lines.push(telLine(phone));
  for (const email of contact.emails) lines.push(`EMAIL:${escapeText(email)}`);
  for (const address of contact.sipAddresses) {
    lines.push(`IMPP:${/^sips?:/i.test(address) ? address : `sip:${address}`}`);
  }
  if (contact.notes.trim() !== '') lines.push(`NOTE:${escapeText(contact.notes)}`);
  // Not standard; other apps ignore it, and Dialtone reads it back.
  if (contact.favourite) lines.push('X-DIALTONE-FAVOURITE:TRUE');
  lines.push('END:VCARD');
  return lines;
}

/** Contacts as one vCard 4.0 file (RFC 6350): CRLF line ends, escaped text, lines folded at 75 octets. */
export function toVcard(contacts: Contact[]): string {
  return contacts.flatMap((contact) => cardLines(contact).map(foldLine)).join('\r\n') + (contacts.length ? '\r\n' : '');
}
