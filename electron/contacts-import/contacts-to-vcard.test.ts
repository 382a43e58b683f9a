import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactDraftSchema, phoneLabels, type Contact } from '../../shared/models/contact';
import { escapeText, foldLine, toVcard } from './contacts-to-vcard';
import { parseContactsFile } from './parse-contacts-file';

const contacts: Contact[] = [
  {
    id: '4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
    name: 'Jürgen Müller-Lüdenscheidt, Jr.',
    organisation: 'Bäckerei; Groß & Söhne, GmbH',
    phones: [
      { label: 'mobile', number: '+49 170 1234567', e164: '+491701234567' },
      { label: 'work', number: '(512) 555-0123', e164: '+15125550123' },
      { label: 'main', number: '+1 512 555 0100 ext. 12', e164: '+15125550100' },
      { label: 'fax', number: '030 1234568', e164: null },
      { label: 'home', number: '+44 20 7946 0958', e164: '+442079460958' },
      { label: 'other', number: '+33 6 12 34 56 78', e164: '+33612345678' },
    ],
    sipAddresses: ['sip:juergen@sip.example.de', 'alice@example.com'],
    emails: ['juergen@example.de'],
    notes: `Line one, with a comma; and a semicolon.\nBack\\slash line.\r\n${'Lange Notiz mit Umlauten äöü '.repeat(20)}张伟😀`,
    favourite: true,
  },
  {
    id: '0e3a2b8c-8d1f-4c59-9a52-6f1f0c3b9d11',
    name: 'Ann Lee',
    organisation: '',
    phones: [],
    sipAddresses: [],
    emails: [],
    notes: '',
    favourite: false,
  },
];

describe('toVcard', () => {
  const text = toVcard(contacts);

  it('writes vCard 4.0 with CRLF, escaped text and lines of at most 75 octets', () => {
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toContain('FN:Jürgen Müller-Lüdenscheidt\\, Jr.');
    expect(text).toContain('ORG:Bäckerei\\; Groß & Söhne\\, GmbH');
    expect(text).toContain('TEL;VALUE=uri;TYPE=cell:tel:+491701234567');
    expect(text).toContain('TEL;VALUE=text;TYPE=main:+1 512 555 0100 ext. 12');
    expect(text).toContain('TEL;VALUE=text;TYPE=fax:030 1234568');
    expect(text).toContain('IMPP:sip:alice@example.com');
    expect(text).toContain('UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1');
  });

  it('reads back through parseContactsFile as the same contacts (numbers as E.164 where known)', () => {
    const { contacts: read, skipped } = parseContactsFile('vcard', text);
    expect(skipped).toEqual([]);
    expect(read).toEqual([
      {
        name: contacts[0]!.name,
        organisation: contacts[0]!.organisation,
        phones: [
          { label: 'mobile', number: '+491701234567' },
          { label: 'work', number: '+15125550123' },
          { label: 'main', number: '+1 512 555 0100 ext. 12' },
          { label: 'fax', number: '030 1234568' },
          { label: 'home', number: '+442079460958' },
          { label: 'other', number: '+33612345678' },
        ],
        sipAddresses: ['sip:juergen@sip.example.de', 'sip:alice@example.com'],
        emails: ['juergen@example.de'],
        notes: contacts[0]!.notes.replace(/\r\n/g, '\n'),
        favourite: true,
      },
      { name: 'Ann Lee', organisation: '', phones: [], sipAddresses: [], emails: [], notes: '', favourite: false },
    ]);
  });

  it('round-trips any name, organisation and note', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 120 });
    fc.assert(
      fc.property(text, text, text, fc.constantFrom(...phoneLabels), (name, organisation, notes, label) => {
        const draft = { name: `N${name}`, organisation, notes, phones: [{ label, number: '+1 512 555 0123' }] };
        const parsed = contactDraftSchema.safeParse({ ...draft, sipAddresses: [], emails: [], favourite: false });
        fc.pre(parsed.success);
        const contact: Contact = {
          ...parsed.data,
          id: '0e3a2b8c-8d1f-4c59-9a52-6f1f0c3b9d11',
          phones: [{ label, number: '+1 512 555 0123', e164: null }],
        };
        const [read] = parseContactsFile('vcard', toVcard([contact])).contacts;
        // Control characters cannot be written (tab and line breaks aside); a name is one line.
        const written = (value: string) => value.replace(/(?![\t\n\r])\p{Cc}/gu, '');
        const oneLine = (value: string) => written(value).replace(/\s+/g, ' ').trim();
        expect(read?.name).toBe(oneLine(contact.name));
        expect(read?.organisation).toBe(oneLine(contact.organisation));
        expect(read?.phones).toEqual([{ label, number: '+1 512 555 0123' }]);
        expect(read?.notes).toBe(written(contact.notes).replace(/\r\n?/g, '\n').trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('escapeText and foldLine', () => {
  it('escapes per RFC 6350: backslash, comma, newline; semicolon in compound values', () => {
    expect(escapeText('a\\b,c;d\r\ne\nf')).toBe('a\\\\b\\,c;d\\ne\\nf');
    expect(escapeText('a;b', true)).toBe('a\\;b');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const folded = foldLine(`NOTE:${'ü'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`NOTE:${'ü'.repeat(100)}`);
    expect(foldLine('FN:short')).toBe('FN:short');
  });
});
