import { csvColumnFields, phoneLabels, type CsvColumnField, type PhoneLabel } from '../../shared/models/contact-fields';
import { words } from '../../shared/text/words';
import { ContactsFileError } from './contacts-file-error';

/** A phone column: a fixed label (Outlook's "Mobile Phone"), or a label column beside it (Google's "Phone 1 - Label"). */
export interface PhoneColumn {
  value: number;
  label: PhoneLabel;
  labelColumn?: number;
}

/** Which column holds what, as indexes into a row. */
export interface CsvLayout {
  name?: number;
  prefix?: number;
  firstName?: number;
  middleName?: number;
  lastName?: number;
  suffix?: number;
  organisation?: number;
  notes?: number;
  emails: number[];
  sipAddresses: number[];
  phones: PhoneColumn[];
  /** Google's "Labels" / "Group Membership": "* starred" marks a favourite. */
  groups?: number;
}

type SingleField =
  'name' | 'prefix' | 'firstName' | 'middleName' | 'lastName' | 'suffix' | 'organisation' | 'notes' | 'groups';

// Google Contacts (old and new exports), Outlook, and the plain names people give their own columns.
const singleColumns: Record<SingleField, string[]> = {
  name: ['name', 'full name', 'display name', 'contact name'],
  prefix: ['name prefix'],
  firstName: ['first name', 'given name', 'firstname'],
  middleName: ['middle name', 'additional name'],
  lastName: ['last name', 'family name', 'surname', 'lastname'],
  suffix: ['name suffix', 'suffix'],
  organisation: [
    'organization name',
    'organization 1 - name',
    'company',
    'organisation',
    'organization',
    'company name',
  ],
  notes: ['notes', 'note'],
  groups: ['labels', 'group membership'],
};
const emailColumns = /^(e-?mail( \d+)? - value|e-?mail( \d+)? address|e-?mail|email address)$/;
const sipColumns = new Set(['sip', 'sip address', 'sip uri']);
const fixedPhoneColumns: Record<string, PhoneLabel> = {
  'mobile phone': 'mobile',
  'car phone': 'mobile',
  mobile: 'mobile',
  cell: 'mobile',
  'mobile number': 'mobile',
  'business phone': 'work',
  'business phone 2': 'work',
  'work phone': 'work',
  'company main phone': 'main',
  'primary phone': 'main',
  'home phone': 'home',
  'home phone 2': 'home',
  'business fax': 'fax',
  'home fax': 'fax',
  'other fax': 'fax',
  fax: 'fax',
  'other phone': 'other',
  pager: 'other',
  callback: 'other',
  'radio phone': 'other',
  "assistant's phone": 'other',
  phone: 'other',
  'phone number': 'other',
  telephone: 'other',
};

const normalise = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

function detectLayout(headers: string[]): CsvLayout {
  const layout: CsvLayout = { emails: [], sipAddresses: [], phones: [] };
  const index = new Map<string, number>();
  headers.forEach((header, i) => {
    if (!index.has(header)) index.set(header, i);
  });
  for (const [field, names] of Object.entries(singleColumns) as [SingleField, string[]][]) {
    const column = names.map((name) => index.get(name)).find((i) => i !== undefined);
    if (column !== undefined) layout[field] = column;
  }
  headers.forEach((header, i) => {
    const googlePhone = /^phone (\d+) - value$/.exec(header);
    if (googlePhone) {
      const labelColumn = index.get(`phone ${googlePhone[1]} - label`) ?? index.get(`phone ${googlePhone[1]} - type`);
      layout.phones.push(
        labelColumn === undefined ? { value: i, label: 'other' } : { value: i, label: 'other', labelColumn },
      );
    }
    const fixed = fixedPhoneColumns[header];
    if (fixed) layout.phones.push({ value: i, label: fixed });
    if (emailColumns.test(header)) layout.emails.push(i);
    if (sipColumns.has(header)) layout.sipAddresses.push(i);
  });
  return layout;
}

function applyOverrides(layout: CsvLayout, headers: string[], columns: Record<string, string>): void {
  for (const [field, header] of Object.entries(columns)) {
    if (!(csvColumnFields as readonly string[]).includes(field)) {
      throw new ContactsFileError(words('contacts.csvNotAField', { field: field.slice(0, 40) }));
    }
    const column = headers.indexOf(normalise(header));
    if (column < 0) {
      throw new ContactsFileError(words('contacts.csvNoSuchColumn', { header: header.slice(0, 80) }));
    }
    const key = field as CsvColumnField;
    if (key === 'email') layout.emails = [column];
    else if (key === 'sipAddress') layout.sipAddresses = [column];
    else if ((phoneLabels as readonly string[]).includes(key)) {
      const label = key as PhoneLabel;
      layout.phones = [
        ...layout.phones.filter((phone) => phone.label !== label && phone.value !== column),
        { value: column, label },
      ];
    } else layout[key as SingleField] = column;
  }
}

/**
 * Finds the columns from the header row (Google Contacts, Outlook, or plain names like "Name" and
 * "Phone"), then applies `columns`. Throws a ContactsFileError when the header names no name and no phone column.
 */
export function csvLayout(headerRow: string[], columns: Record<string, string> = {}): CsvLayout {
  const headers = headerRow.map(normalise);
  const layout = detectLayout(headers);
  applyOverrides(layout, headers, columns);
  const named = [layout.name, layout.firstName, layout.lastName, layout.organisation].some((i) => i !== undefined);
  if (!named && layout.phones.length === 0) {
    throw new ContactsFileError(words('contacts.csvNoHeader'));
  }
  return layout;
}
