import { assertNever } from '../../shared/assert-never';
import { words } from '../../shared/text/words';
import type { ContactDraft, ImportFormat } from '../../shared/models/contact';
import { buildContactDraft, type RawContact } from './contact-draft-builder';
import { ContactsFileError, type SkippedItem } from './contacts-file-error';
import { readCsv } from './csv-reader';
import { splitVcards } from './vcard-lines';
import { readCard } from './vcard-reader';

export { ContactsFileError, type SkippedItem } from './contacts-file-error';

export interface ParsedContacts {
  contacts: ContactDraft[];
  /**
   * Cards or rows left out, and fields left out of or shortened in a contact that was imported
   * (the reason says which). Items are at most 200 characters and reasons 500; the list is not capped.
   */
  skipped: SkippedItem[];
  /** For each of `contacts` (same index): the ISO country its address names, or null. */
  addressCountries: (string | null)[];
}

/** Cards in file order: what was read, or why a card could not be. */
function readVcards(content: string): (RawContact | SkippedItem)[] {
  const entries: (RawContact | SkippedItem)[] = [];
  for (const card of splitVcards(content)) {
    const item = words('contacts.entryCard', { card: card.index });
    try {
      entries.push(readCard(card));
    } catch (error) {
      // One card ical.js cannot read is reported; the others are still imported.
      const detail = error instanceof Error ? error.message : String(error);
      entries.push({ item, reason: [words('contacts.cardUnreadable', { detail: detail.slice(0, 300) })] });
      continue;
    }
    if (card.unreadableLines === 1) entries.push({ item, reason: [words('contacts.cardLineUnreadable')] });
    else if (card.unreadableLines > 1) {
      entries.push({ item, reason: [words('contacts.cardLinesUnreadable', { count: card.unreadableLines })] });
    }
  }
  return entries;
}

/**
 * Reads a contacts file into drafts for the contact service. A file that cannot be a contacts
 * file at all (empty, binary, not a vCard, cut off inside a card, CSV with no recognisable
 * header) throws a ContactsFileError whose message says what is wrong and what to do, so that
 * nothing is imported; one bad card or row is only reported in `skipped`.
 *
 * @param columns for CSV: our field (see csvColumnFields) -> the header of their column, over what is detected.
 */
export function parseContactsFile(
  format: ImportFormat,
  content: string,
  columns?: Record<string, string>,
): ParsedContacts {
  let entries: (RawContact | SkippedItem)[];
  try {
    switch (format) {
      case 'vcard':
        entries = readVcards(content);
        break;
      case 'csv':
        entries = readCsv(content, columns);
        break;
      default:
        return assertNever(format);
    }
  } catch (error) {
    if (error instanceof ContactsFileError) throw error;
    throw new ContactsFileError(
      error instanceof Error
        ? words('contacts.fileUnreadable', { detail: error.message.slice(0, 200) })
        : words('contacts.fileUnreadableUnknown'),
    );
  }
  const contacts: ContactDraft[] = [];
  const skipped: SkippedItem[] = [];
  const addressCountries: (string | null)[] = [];
  for (const entry of entries) {
    if (!('where' in entry)) {
      skipped.push(entry);
      continue;
    }
    const built = buildContactDraft(entry);
    if (built.draft) {
      contacts.push(built.draft);
      addressCountries.push(entry.addressCountry ?? null);
    }
    skipped.push(...built.skipped);
  }
  return { contacts, skipped, addressCountries };
}
