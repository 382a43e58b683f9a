import Papa from 'papaparse';
import { words } from '../../shared/text/words';
import { phoneLabelFrom, type RawContact } from './contact-draft-builder';
import { checkIsText, ContactsFileError, type SkippedItem } from './contacts-file-error';
import { csvLayout, type CsvLayout } from './csv-columns';

// Google puts several values in one cell: "+1 512 555 0123 ::: +1 512 555 0199".
const splitValues = (cell: string): string[] => cell.split(/\s*:::\s*/).filter((value) => value.trim() !== '');

function cellOf(row: string[], column: number | undefined): string {
  return column === undefined ? '' : (row[column] ?? '').trim();
}

function rowToRaw(row: string[], layout: CsvLayout, where: { row: number }): RawContact {
  const person = [layout.prefix, layout.firstName, layout.middleName, layout.lastName, layout.suffix]
    .map((column) => cellOf(row, column))
    .filter((part) => part !== '')
    .join(' ');
  const phones = layout.phones.flatMap((column) => {
    const typed = cellOf(row, column.labelColumn);
    const label = typed === '' ? column.label : phoneLabelFrom([typed]);
    return splitValues(cellOf(row, column.value)).map((number) => ({ label, number }));
  });
  return {
    where,
    names: [cellOf(row, layout.name), person],
    organisation: cellOf(row, layout.organisation),
    phones,
    sipAddresses: layout.sipAddresses.flatMap((column) => splitValues(cellOf(row, column))),
    emails: layout.emails.flatMap((column) => splitValues(cellOf(row, column))),
    notes: [cellOf(row, layout.notes)],
    favourite: /\*\s*starred/i.test(cellOf(row, layout.groups)),
  };
}

/**
 * Reads a CSV export, rows in file order (Google Contacts, Outlook, or any file with a header row) with papaparse:
 * quoted fields with commas and line breaks, a BOM, comma, semicolon or tab separators.
 */
export function readCsv(content: string, columns?: Record<string, string>): (RawContact | SkippedItem)[] {
  const text = checkIsText(content, 'csv');
  if (/^\s*BEGIN:VCARD/i.test(text)) {
    throw new ContactsFileError(words('contacts.csvIsVcard'));
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  const unterminated = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unterminated) {
    throw new ContactsFileError(words('contacts.csvCutOff', { row: (unterminated.row ?? 0) + 1 }));
  }
  const damaged = new Set(parsed.errors.filter((error) => error.code === 'InvalidQuotes').map((error) => error.row));
  const isBlank = (row: string[]) => row.every((cell) => cell.trim() === '');
  const headerAt = parsed.data.findIndex((row) => !isBlank(row));
  const header = parsed.data[headerAt];
  if (header === undefined) throw new ContactsFileError(words('contacts.fileEmptyCsv'));
  const layout = csvLayout(header, columns);
  const entries: (RawContact | SkippedItem)[] = [];
  parsed.data.forEach((row, index) => {
    if (index <= headerAt || isBlank(row)) return;
    const where = { row: index + 1 };
    if (damaged.has(index))
      entries.push({ item: words('contacts.entryRow', where), reason: [words('contacts.rowDamaged')] });
    else entries.push(rowToRaw(row, layout, where));
  });
  return entries;
}
