import { describe, expect, it } from 'vitest';
import { fileError, fixture } from './contacts-file-test-kit';
import { parseContactsFile } from './parse-contacts-file';

const csv = (content: string, columns?: Record<string, string>) => parseContactsFile('csv', content, columns);

describe('parseContactsFile: Google Contacts CSV', () => {
  it('reads the classic export: Name or Given/Family Name, typed phones, " ::: " values, starred, notes', () => {
    const { contacts, skipped } = csv(fixture('google-contacts.csv'));
    expect(contacts[0]).toEqual({
      name: 'Maria García',
      organisation: 'Telefónica, S.A.',
      phones: [
        { label: 'mobile', number: '+34 612 34 56 78' },
        { label: 'work', number: '+34 91 123 45 67' },
        { label: 'work', number: '+34 91 123 45 68' },
      ],
      sipAddresses: [],
      emails: ['maria.garcia@example.es', 'mgarcia@example.com'],
      notes: 'Met in Madrid, 2023.\nSpeaks Spanish and English.',
      favourite: true,
    });
    expect(contacts[1]).toMatchObject({
      name: 'Bob Smith',
      favourite: false,
      phones: [
        { label: 'home', number: '(512) 555-0142' },
        { label: 'fax', number: '(512) 555-0143' },
        { label: 'other', number: '+1 737-555-0144' },
      ],
    });
    expect(contacts[2]).toMatchObject({
      name: 'City Dental Clinic',
      phones: [{ label: 'main', number: '+1 512-555-0160' }],
    });
    expect(skipped).toEqual([
      { item: { id: 'contacts.entryRow', values: { row: 5 } }, reason: [{ id: 'contacts.noNameNoNumber' }] },
    ]);
  });

  it('reads the 2024 export: First/Last Name, Name Prefix, Organization Name, "Phone 1 - Label", Labels', () => {
    const { contacts, skipped } = csv(fixture('google-contacts-2024.csv'));
    expect(skipped).toEqual([]);
    expect(contacts).toEqual([
      {
        name: 'Dr. Priya Sharma',
        organisation: 'Apollo Clinic',
        phones: [
          { label: 'mobile', number: '+91 98765 43210' },
          { label: 'work', number: '+91 22 2345 6789' },
        ],
        sipAddresses: [],
        emails: ['priya@example.in'],
        notes: '',
        favourite: true,
      },
    ]);
  });
});

describe('parseContactsFile: Outlook CSV', () => {
  it('reads the export with a BOM: fixed phone columns, Company, quoted notes with commas, quotes and line breaks', () => {
    const { contacts, skipped } = csv(fixture('outlook-contacts.csv'));
    expect(contacts.map((contact) => contact.name)).toEqual(['Émilie Dubois', "Tom O'Brien", 'Northwind Traders']);
    expect(contacts[0]).toMatchObject({
      organisation: 'Société Générale',
      phones: [
        { label: 'mobile', number: '+33 6 12 34 56 78' },
        { label: 'work', number: '+33 1 23 45 67 89' },
      ],
      emails: ['emilie.dubois@example.fr'],
      notes: 'Prefers e-mail, then phone.\nLine two, with "quotes".',
    });
    expect(contacts[1]?.phones).toEqual([
      { label: 'home', number: '020 7946 0958' },
      { label: 'fax', number: '020 7946 0959' },
    ]);
    expect(contacts[2]?.phones).toEqual([{ label: 'main', number: '(206) 555-0100' }]);
    expect(skipped).toEqual([
      { item: { id: 'contacts.entryRow', values: { row: 5 } }, reason: [{ id: 'contacts.noNameNoNumber' }] },
    ]);
  });
});

describe('parseContactsFile: CSV column mapping', () => {
  const own =
    'Who,Portable,Desk,Mail,Remarks\r\n"Lee, Ann",+1 512 555 0190,+1 512 555 0191,ann@example.com,"two\nlines"\r\n';

  it('takes `columns` (our field -> their header) for a file it does not recognise', () => {
    expect(fileError(() => csv(own))).toMatch(/no header row that Dialtone recognises/);
    const { contacts } = csv(own, { name: 'Who', mobile: 'portable', work: 'Desk', email: 'Mail', notes: 'Remarks' });
    expect(contacts).toEqual([
      {
        name: 'Lee, Ann',
        organisation: '',
        phones: [
          { label: 'mobile', number: '+1 512 555 0190' },
          { label: 'work', number: '+1 512 555 0191' },
        ],
        sipAddresses: [],
        emails: ['ann@example.com'],
        notes: 'two\nlines',
        favourite: false,
      },
    ]);
  });

  it('lets `columns` override what was detected', () => {
    const text = 'Name,Phone,Mobile\r\nAnn,+1 512 555 0190,+1 512 555 0192\r\n';
    expect(csv(text).contacts[0]?.phones.map((phone) => phone.label)).toEqual(['other', 'mobile']);
    expect(csv(text, { home: 'Phone' }).contacts[0]?.phones).toEqual([
      { label: 'mobile', number: '+1 512 555 0192' },
      { label: 'home', number: '+1 512 555 0190' },
    ]);
  });

  it('refuses a mapping to a column the file does not have, or to a field that does not exist', () => {
    expect(fileError(() => csv('Name,Phone\r\nAnn,1\r\n', { mobile: 'Cell' }))).toBe(
      'This CSV file has no column named "Cell". Check the header row, or choose another column.',
    );
    expect(fileError(() => csv('Name,Phone\r\nAnn,1\r\n', { birthday: 'Name' }))).toMatch(
      /"birthday" is not a contact field/,
    );
  });

  it('reads semicolon-separated files', () => {
    const { contacts } = csv('Name;Phone;E-mail\r\n"Ann; the second";+44 20 7946 0958;ann@example.co.uk\r\n');
    expect(contacts[0]).toMatchObject({ name: 'Ann; the second', phones: [{ number: '+44 20 7946 0958' }] });
  });
});

describe('parseContactsFile: broken CSV files throw a ContactsFileError', () => {
  it.each([
    ['no-header.csv', /no header row that Dialtone recognises/],
    ['truncated.csv', /ends inside a quoted field \(opened in row 2\); it may be cut off, so nothing was imported/],
    ['empty.vcf', /This file is empty/],
    ['garbage.bin', /not a CSV file: it holds binary data/],
    ['iphone-3cards.vcf', /This file is a vCard, not a CSV file/],
  ])('%s', (name, message) => {
    expect(fileError(() => csv(fixture(name)))).toMatch(message);
  });
});
