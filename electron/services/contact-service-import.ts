import { randomUUID } from 'node:crypto';
import {
  contactDraftSchema,
  type ContactDraft,
  type ImportFormat,
  type ImportReport,
} from '../../shared/models/contact';
import type { ContactQueries, StoredContact } from '../db/queries/contact-queries';
import { AppFailure } from './app-failure';
import { addressKey, impossibleNumberWords, phoneKey, searchDigits, type StoredPhone } from './contact-service-numbers';
import { toE164 } from '../../shared/phone/phone-number';
import { ContactsFileError, type SkippedItem } from '../contacts-import/contacts-file-error';
import { words, type Words } from '../../shared/text/words';
import { cardCountries, countryForNumber } from '../contacts-import/card-country';

export type { SkippedItem } from '../contacts-import/contacts-file-error';
/** addressCountries: for each contact (same index), the ISO country its address names, or null. */
export type ParsedContacts = { contacts: ContactDraft[]; skipped: SkippedItem[]; addressCountries?: (string | null)[] };
/** A contact to import, with the country its address names (national numbers may be read there). */
export type ImportEntry = { draft: ContactDraft; addressCountry: string | null };
/** The import engine's entry point (electron/contacts-import/parse-contacts-file.ts). */
export type ParseContactsFile = (
  format: ImportFormat,
  content: string,
  columns?: Record<string, string>,
) => ParsedContacts | Promise<ParsedContacts>;

const maxSkipped = 1000;
const maxName = 200;
const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
const named = (name: string): Words => words('contacts.entryNamed', { name: clip(name, maxName) });

/** Reads the file; a file that cannot be read at all becomes a plain message, and nothing is imported. */
export async function parseOrExplain(
  parse: ParseContactsFile,
  format: ImportFormat,
  content: string,
  columns: Record<string, string> | undefined,
): Promise<ParsedContacts> {
  try {
    return await parse(format, content, columns);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    // The readers' own refusals already say that nothing was imported and what to do.
    if (error instanceof ContactsFileError) throw new AppFailure('invalid-request', error.words);
    const detail = error instanceof Error ? error.message.trim() : '';
    if (!detail) {
      throw new AppFailure(
        'invalid-request',
        words(format === 'vcard' ? 'contacts.fileNotVcardRead' : 'contacts.fileNotCsvRead'),
      );
    }
    throw new AppFailure(
      'invalid-request',
      words('contacts.fileFailed', { detail: clip(/[.!?]$/.test(detail) ? detail : `${detail}.`, 1900) }),
    );
  }
}

/** Drafts the model accepts; the others are reported with the first rule they break. */
export function validDrafts(parsedContacts: ParsedContacts, skipped: SkippedItem[]): ImportEntry[] {
  const valid: ImportEntry[] = [];
  parsedContacts.contacts.forEach((draft, index) => {
    const parsed = contactDraftSchema.safeParse(draft);
    if (parsed.success)
      valid.push({ draft: parsed.data, addressCountry: parsedContacts.addressCountries?.[index] ?? null });
    else {
      const item =
        typeof draft?.name === 'string' && draft.name.trim()
          ? named(draft.name.trim())
          : words('contacts.entryContact', { position: index + 1 });
      skipped.push({ item, reason: [words('contacts.notAValidContact')] });
    }
  });
  return valid;
}

function union<T>(first: readonly T[], second: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((value) => !seen.has(key(value)) && seen.add(key(value)))];
}

/** What one import adds to the store, counted for the report. */
export function createContactImporter(queries: ContactQueries, country: string, now = Date.now()) {
  const report: ImportReport = { imported: 0, merged: 0, skipped: [] };
  const skip = (item: SkippedItem) => {
    if (report.skipped.length < maxSkipped) {
      report.skipped.push(item);
    }
  };
  const save = (contact: StoredContact) => queries.save(contact, searchDigits(contact.phones), now);

  function phonesOf(draft: ContactDraft, addressCountry: string | null): StoredPhone[] {
    const phones: StoredPhone[] = [];
    const candidates = cardCountries(
      draft.phones.map((phone) => phone.number),
      addressCountry ?? undefined,
      country,
    );
    draft.phones.forEach((phone, index) => {
      const numberCountry = countryForNumber(phone.number, candidates);
      const e164 = toE164(phone.number, numberCountry);
      if (e164) phones.push({ label: phone.label, number: phone.number.trim(), e164 });
      else {
        skip({
          item: words('contacts.entryNumberOf', { name: clip(draft.name, maxName), number: phone.number }),
          reason: [
            impossibleNumberWords(index + 1, phone.number, numberCountry),
            words('contacts.importedWithoutNumber'),
          ],
        });
      }
    });
    return union([], phones, phoneKey);
  }

  function mergeInto(existing: StoredContact, draft: ContactDraft, phones: StoredPhone[]): void {
    const merged: StoredContact = {
      ...existing,
      organisation: existing.organisation || draft.organisation,
      phones: union(existing.phones, phones, phoneKey),
      sipAddresses: union(existing.sipAddresses, draft.sipAddresses, addressKey),
      emails: union(existing.emails, draft.emails, addressKey),
      notes: existing.notes || draft.notes,
      favourite: existing.favourite || draft.favourite,
    };
    const adds =
      merged.phones.length + merged.sipAddresses.length + merged.emails.length >
        existing.phones.length + existing.sipAddresses.length + existing.emails.length ||
      merged.organisation !== existing.organisation ||
      merged.notes !== existing.notes ||
      merged.favourite !== existing.favourite;
    const fits = merged.phones.length <= 20 && merged.sipAddresses.length <= 20 && merged.emails.length <= 20;
    const existingName = clip(existing.name, maxName);
    if (!adds) skip({ item: named(draft.name), reason: [words('contacts.alreadyThere', { name: existingName })] });
    else if (!fits)
      skip({ item: named(draft.name), reason: [words('contacts.noRoomToMerge', { name: existingName })] });
    else {
      save(merged);
      report.merged++;
    }
  }

  return {
    report,
    add({ draft, addressCountry }: ImportEntry): void {
      const phones = phonesOf(draft, addressCountry);
      const sameNumber = phones.map((phone) => queries.idsWithNumber(phone.e164 ?? '')[0]).find((id) => id);
      const existing = sameNumber ? queries.get(sameNumber) : undefined;
      if (existing) return mergeInto(existing, draft, phones);
      if (phones.length === 0) {
        const twin = queries
          .idsNamed(draft.name)
          .map((id) => queries.get(id))
          .find(
            (contact) =>
              contact &&
              union(contact.emails, draft.emails, addressKey).length === contact.emails.length &&
              union(contact.sipAddresses, draft.sipAddresses, addressKey).length === contact.sipAddresses.length,
          );
        if (twin) {
          return skip({
            item: named(draft.name),
            reason: [words('contacts.alreadyThere', { name: clip(twin.name, maxName) })],
          });
        }
      }
      save({ ...draft, id: randomUUID(), phones });
      report.imported++;
    },
    /** Prepends what the reader skipped, keeping the report within its limit. */
    skippedByReader(items: readonly SkippedItem[]): void {
      for (const item of items) skip(item);
    },
  };
}
