import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileError, fixture, inEnglishSkipped } from './contacts-file-test-kit';
import { contactDraftSchema } from '../../shared/models/contact';
import { ContactsFileError, parseContactsFile } from './parse-contacts-file';

const vcard = (name: string) => parseContactsFile('vcard', fixture(name));

describe('parseContactsFile: vCard 3.0 from a phone', () => {
  const { contacts, skipped } = vcard('iphone-3cards.vcf');

  it('reads every card, with FN, then N, then ORG as the name', () => {
    expect(skipped).toEqual([]);
    expect(contacts.map((contact) => contact.name)).toEqual(['John Appleseed', 'Anna Haro', 'Acme Plumbing']);
    for (const contact of contacts) expect(contactDraftSchema.safeParse(contact).success).toBe(true);
  });

  it('reads several TEL lines with their types, and item1.TEL groups with their X-ABLabel', () => {
    expect(contacts[0]?.phones).toEqual([
      { label: 'mobile', number: '+1 (512) 555-0123' },
      { label: 'work', number: '(512) 555-0199' },
      { label: 'main', number: '+44 20 7946 0958' },
      { label: 'work', number: '+1 512 555 0177' },
    ]);
    expect(contacts[1]?.phones.map((phone) => phone.label)).toEqual(['home', 'fax', 'mobile']);
    expect(contacts[2]?.phones.map((phone) => phone.label)).toEqual(['main', 'fax']);
  });

  it('reads ORG, EMAIL, IMPP sip: and a folded NOTE with escapes', () => {
    const [john] = contacts;
    expect(john?.organisation).toBe('Apple Inc., Sales');
    expect(john?.emails).toEqual(['john.appleseed@example.com', 'JOHN@example.org']);
    expect(john?.sipAddresses).toEqual(['sip:john@sip.example.com']);
    expect(john?.notes).toBe(
      'Met at the Austin trade show, booth 42.\nPrefers calls after 10am; never on Fridays. Ask about the renewal of the support contract.',
    );
    expect(john?.favourite).toBe(false);
  });
});

describe('parseContactsFile: vCard 4.0', () => {
  it('reads tel: URIs with extensions and %-escapes, quoted TYPE lists, escaped ; and ,', () => {
    const { contacts, skipped } = vcard('rfc6350-4.0.vcf');
    expect(skipped).toEqual([]);
    expect(contacts[0]).toEqual({
      name: 'Simon Perreault',
      organisation: 'Viagenie',
      phones: [
        { label: 'work', number: '+1-418-656-9254 ext. 102' },
        { label: 'mobile', number: '+1-418-262-6501' },
        { label: 'home', number: '+33 6 12 34 56 78' },
      ],
      sipAddresses: ['sip:simon@viagenie.ca'],
      emails: ['simon.perreault@viagenie.ca'],
      notes: 'Prefers French; speaks English too.\nCall via SIP first, then mobile.',
      favourite: false,
    });
    expect(contacts[1]).toMatchObject({
      name: 'ABC, Inc.',
      organisation: 'ABC, Inc., North American Division, Marketing',
      phones: [{ label: 'main', number: '+1-555-555-0100' }],
    });
  });
});

describe('parseContactsFile: quoted-printable vCard 2.1 from Outlook and Android', () => {
  const { contacts, skipped } = vcard('outlook-qp-2.1.vcf');

  it('decodes UTF-8 quoted-printable names, organisations and notes with soft line breaks', () => {
    expect(skipped).toEqual([]);
    expect(contacts[0]?.name).toBe('Jürgen Müller');
    expect(contacts[0]?.organisation).toBe('Bäckerei Groß GmbH, Vertrieb');
    expect(contacts[0]?.notes).toBe(
      'Grüße aus Köln.\nZweite Zeile: ein sehr langer Text, der von Outlook umbrochen wurde.',
    );
    expect(contacts[1]?.name).toBe('张伟');
  });

  it('reads 2.1 bare parameters (TEL;WORK;FAX) and X-SIP', () => {
    expect(contacts[0]?.phones).toEqual([
      { label: 'work', number: '+49 30 1234567' },
      { label: 'mobile', number: '+49 170 1234567' },
      { label: 'fax', number: '+49 30 1234568' },
    ]);
    expect(contacts[0]?.emails).toEqual(['juergen.mueller@example.de']);
    expect(contacts[1]?.sipAddresses).toEqual(['sip:zhang.wei@sip.example.cn']);
  });
});

describe('parseContactsFile: bad cards are reported, not thrown', () => {
  it('skips cards without a name, shortens or leaves out what breaks the limits', () => {
    const { contacts, skipped } = vcard('mixed-bad-cards.vcf');
    expect(contacts.map((contact) => contact.name.slice(0, 14))).toEqual(['Good Card', 'Very Long Name']);
    const long = contacts[1];
    expect(long?.name.length).toBeLessThanOrEqual(200);
    expect(long?.notes).toHaveLength(10_000);
    expect(long?.phones).toEqual([{ label: 'other', number: '+1 512 555 0112' }]);
    expect(long?.emails).toEqual([]);
    const readable = inEnglishSkipped(skipped);
    expect(readable.map((entry) => [entry.item.slice(0, 24), entry.reason.slice(0, 40)])).toEqual([
      ['card 2', 'no name and no phone number'],
      ['card 3 (+1 512 555 0111)', 'no name'],
      ['card 4 (Very Long Name V', 'The name was longer than 200 characters '],
      ['card 4 (Very Long Name V', '"not a number" has no digits, so it was '],
      ['card 4 (Very Long Name V', '"sip:" is not a valid SIP address, so it'],
      ['card 4 (Very Long Name V', '"not-an-email" is not a valid e-mail add'],
      ['card 4 (Very Long Name V', 'The note was longer than 10,000 characte'],
      ['card 4', '1 line was not in "name:value" form and '],
    ]);
    for (const entry of readable) expect(entry.item.length).toBeLessThanOrEqual(200 + 'card 4 ()'.length);
    expect(skipped[1]).toEqual({
      item: { id: 'contacts.entryCardOf', values: { card: 3, name: '+1 512 555 0111' } },
      reason: [{ id: 'contacts.noName' }],
    });
  });

  it('keeps one copy of a number written twice and at most 20 numbers', () => {
    const tels = Array.from({ length: 25 }, (_, i) => `TEL:+1 512 555 ${String(1000 + i)}`);
    const text = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Many', 'TEL:+1 512 555 1000', ...tels, 'END:VCARD'].join('\n');
    const { contacts, skipped } = parseContactsFile('vcard', text);
    expect(contacts[0]?.phones).toHaveLength(20);
    expect(skipped).toEqual([
      {
        item: { id: 'contacts.entryCardOf', values: { card: 1, name: 'Many' } },
        reason: [{ id: 'contacts.numbersBeyond', values: { count: 5, max: 20 } }],
      },
    ]);
    expect(inEnglishSkipped(skipped)).toEqual([
      { item: 'card 1 (Many)', reason: '5 phone numbers beyond the first 20 were left out.' },
    ]);
  });
});

describe('parseContactsFile: files that are not contacts throw a ContactsFileError', () => {
  it.each([
    [
      'truncated.vcf',
      'The vCard file ends in the middle of a card (card 3 has no END:VCARD): it may be cut off, so nothing was imported. Export your contacts again and choose the new file.',
    ],
    [
      'not-a-vcard.vcf',
      'This file is not a vCard: it has no BEGIN:VCARD. Export your contacts as vCard (.vcf) and try again.',
    ],
    ['empty.vcf', 'This file is empty. Export your contacts as vCard (.vcf) again and choose the new file.'],
    [
      'garbage.bin',
      'This file is not a vCard file: it holds binary data, not text. Export your contacts as vCard (.vcf) and try again.',
    ],
  ])('%s', (name, message) => {
    expect(fileError(() => vcard(name))).toBe(message);
  });

  it('treats binary read as Latin-1 and a file of only blank lines the same way', () => {
    const latin1 = fixture('garbage.bin', 'latin1');
    expect(fileError(() => parseContactsFile('vcard', latin1))).toMatch(/binary data/);
    expect(fileError(() => parseContactsFile('vcard', '\uFEFF\r\n  \r\n'))).toMatch(/empty/);
  });

  it('refuses a card that begins inside a cut-off card, naming the first open card', () => {
    const text = 'BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\nBEGIN:VCARD\nFN:C\nEND:VCARD\n';
    expect(fileError(() => parseContactsFile('vcard', text))).toMatch(/card 2 has no END:VCARD/);
  });
});

describe('parseContactsFile: robustness and speed', () => {
  it('never throws anything but a ContactsFileError, whatever the text', () => {
    const vcardish = fc.array(
      fc.oneof(
        fc.constantFrom('BEGIN:VCARD', 'END:VCARD', 'VERSION:3.0', 'VERSION:4.0', 'FN:A', ' folded', 'N:;;;;', '', '='),
        fc.string({ maxLength: 40 }),
        fc
          .tuple(
            fc.constantFrom('TEL', 'item1.TEL', 'FN', 'NOTE', 'EMAIL', 'IMPP', 'X-SIP', 'ORG', 'N'),
            fc.string({ maxLength: 20 }),
            fc.string({ maxLength: 20 }),
          )
          .map(([name, params, value]) => `${name}${params ? `;${params}` : ''}:${value}`),
      ),
      { maxLength: 20 },
    );
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      vcardish.map((lines) => lines.join('\r\n')),
    );
    fc.assert(
      fc.property(fc.constantFrom('vcard' as const, 'csv' as const), text, (format, content) => {
        try {
          const { contacts } = parseContactsFile(format, content);
          for (const contact of contacts) expect(contactDraftSchema.safeParse(contact).success).toBe(true);
        } catch (error) {
          if (!(error instanceof ContactsFileError)) throw error;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('reads 10,000 cards in one file', () => {
    const card = (i: number) =>
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `N:Person${i};Test;;;`,
        `FN:Test Person${i}`,
        `item1.TEL;type=CELL:+1 512 555 ${String(i % 10_000).padStart(4, '0')}`,
        'item1.X-ABLabel:_$!<Mobile>!$_',
        `EMAIL;type=INTERNET:person${i}@example.com`,
        'NOTE:Imported for the benchmark\\, with an escaped comma.',
        'END:VCARD',
      ].join('\r\n');
    const text = Array.from({ length: 10_000 }, (_, i) => card(i)).join('\r\n');
    const { contacts, skipped } = parseContactsFile('vcard', text);
    expect(skipped).toEqual([]);
    expect(contacts).toHaveLength(10_000);
    expect(contacts[9_999]).toMatchObject({
      name: 'Test Person9999',
      phones: [{ label: 'mobile', number: '+1 512 555 9999' }],
    });
  });
});
