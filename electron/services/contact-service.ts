import { randomUUID } from 'node:crypto';
import { bareSipAddress } from '../../shared/phone/sip-address';
import type { Contact, ContactDraft, ContactListItem, ImportFormat, ImportReport } from '../../shared/models/contact';
import { toVcard } from '../contacts-import/contacts-to-vcard';
import type { CallQueries } from '../db/queries/call-queries';
import type { ContactQueries, StoredContact } from '../db/queries/contact-queries';
import type { ContactPage, ContactSearchQueries } from '../db/queries/contact-search-queries';
import { words } from '../../shared/text/words';
import { AppFailure } from './app-failure';
import {
  createContactImporter,
  parseOrExplain,
  validDrafts,
  type ImportEntry,
  type ParseContactsFile,
  type SkippedItem,
} from './contact-service-import';
import { addressKey, normalisePhones, phoneKey, searchDigits } from './contact-service-numbers';
import type { EventBus } from './event-bus';

export interface ContactServiceDeps {
  contacts: ContactQueries;
  search: ContactSearchQueries;
  calls: CallQueries;
  /** Runs `work` in one database transaction. */
  transaction<T>(work: () => T): T;
  events: EventBus;
  /** Numbers written without a country code belong to this country (settings.defaultCountry). */
  defaultCountry(): string;
  parseContactsFile: ParseContactsFile;
}

type ImportInput = { format: ImportFormat; content: string; columns?: Record<string, string> };

/** Thrown inside a preview's transaction so that it rolls back, carrying what the import would do. */
class PreviewRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('preview');
  }
}

const maxPerList = 20;
const previewSize = 50;

function unionBy<T>(first: readonly T[], second: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((value) => !seen.has(key(value)) && seen.add(key(value)))];
}

/**
 * The address book: search, edit with every number normalised to E.164, merge, import and export.
 * Publishes 'contacts:changed' after every change.
 */
export function createContactService(deps: ContactServiceDeps) {
  const { contacts, events } = deps;
  const changed = () => events.emit('contacts:changed', null);

  function find(id: string): StoredContact {
    const contact = contacts.get(id);
    if (!contact) throw new AppFailure('not-found', words('contacts.contactGone'));
    return contact;
  }

  function store(contact: StoredContact): void {
    contacts.save(contact, searchDigits(contact.phones));
  }

  function runImport(entries: readonly ImportEntry[], readerSkipped: readonly SkippedItem[]): ImportReport {
    const importer = createContactImporter(contacts, deps.defaultCountry());
    importer.skippedByReader(readerSkipped);
    for (const entry of entries) importer.add(entry);
    return importer.report;
  }

  async function read(input: ImportInput) {
    const parsed = await parseOrExplain(deps.parseContactsFile, input.format, input.content, input.columns);
    const skipped = [...parsed.skipped];
    return { entries: validDrafts(parsed, skipped), skipped };
  }

  return {
    /** A page of contacts matching any part of a name, organisation or number; favourites first. */
    search: (query: string, offset: number, limit: number): ContactPage => deps.search.search(query, offset, limit),
    get: find,
    /**
     * Creates (no id) or replaces a contact. Every number must be a possible phone number of the
     * default country (or carry its country code): otherwise nothing is saved and the message says which.
     */
    save(id: string | undefined, draft: ContactDraft): Contact {
      if (id !== undefined) find(id);
      const country = deps.defaultCountry();
      const phones = normalisePhones(draft.phones, country);
      // The first problem only: the form shows it under that number, and the next save tells the next one.
      if (!phones.ok) throw new AppFailure('invalid-request', phones.problems[0].words);
      const contact: StoredContact = {
        ...draft,
        name: draft.name.trim(),
        id: id ?? randomUUID(),
        phones: phones.phones,
      };
      store(contact);
      changed();
      return find(contact.id);
    },
    remove(id: string): void {
      if (!contacts.remove(id)) throw new AppFailure('not-found', words('contacts.contactAlreadyDeleted'));
      changed();
    },
    /** Numbers that several contacts share, each with those contacts, to offer merging them. */
    mergeSuggestions(): { number: string; contacts: ContactListItem[] }[] {
      const inListOrder = (a: ContactListItem, b: ContactListItem) =>
        Number(b.favourite) - Number(a.favourite) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
      return contacts
        .sharedNumbers(200)
        .map(({ e164, contactIds }) => ({
          number: e164,
          contacts: contacts.listItems(contactIds.slice(0, maxPerList)).sort(inListOrder),
        }))
        .filter((suggestion) => suggestion.contacts.length >= 2);
    },
    /** Keeps `keepId` with the numbers, addresses and calls of both; `mergeId` is deleted. One transaction. */
    merge(keepId: string, mergeId: string): Contact {
      if (keepId === mergeId) throw new AppFailure('invalid-request', words('contacts.mergeSameContact'));
      const keep = find(keepId);
      const other = find(mergeId);
      const merged: StoredContact = {
        ...keep,
        organisation: keep.organisation || other.organisation,
        phones: unionBy(keep.phones, other.phones, phoneKey),
        sipAddresses: unionBy(keep.sipAddresses, other.sipAddresses, addressKey),
        emails: unionBy(keep.emails, other.emails, addressKey),
        notes: [keep.notes, other.notes]
          .filter((note, index, all) => note && all.indexOf(note) === index)
          .join('\n\n')
          .slice(0, 10_000),
        favourite: keep.favourite || other.favourite,
      };
      const crowded = (['phones', 'sipAddresses', 'emails'] as const).find((list) => merged[list].length > maxPerList);
      if (crowded) {
        const id = (
          {
            phones: 'contacts.mergeTooManyNumbers',
            sipAddresses: 'contacts.mergeTooManySipAddresses',
            emails: 'contacts.mergeTooManyEmails',
          } as const
        )[crowded];
        throw new AppFailure('invalid-request', words(id, { count: merged[crowded].length, max: maxPerList }));
      }
      deps.transaction(() => {
        store(merged);
        deps.calls.relinkContact(mergeId, keepId);
        contacts.remove(mergeId);
      });
      changed();
      return find(keepId);
    },
    /** What importing the file would do, computed in a transaction that is rolled back. */
    async importPreview(
      input: ImportInput,
    ): Promise<{ contacts: ContactDraft[]; total: number; report: ImportReport }> {
      const { entries, skipped } = await read(input);
      const preview = (report: ImportReport) => ({
        contacts: entries.slice(0, previewSize).map((entry) => entry.draft),
        total: entries.length,
        report,
      });
      try {
        deps.transaction(() => {
          throw new PreviewRollback(runImport(entries, skipped));
        });
      } catch (error) {
        if (error instanceof PreviewRollback) return preview(error.report);
        throw error;
      }
      throw new Error('The import preview did not roll back');
    },
    /** Imports the whole file in one transaction: a contact sharing a number is merged, a duplicate skipped. */
    async import(input: ImportInput): Promise<ImportReport> {
      const { entries, skipped } = await read(input);
      const report = deps.transaction(() => runImport(entries, skipped));
      if (report.imported + report.merged > 0) changed();
      return report;
    },
    /** Every contact as one vCard 4.0 file. */
    exportVcard: (): string => toVcard(contacts.all()),
    /** Who has this number (E.164): for incoming calls and history. */
    matchNumber: (e164: string): { contactId: string; name: string } | null => contacts.matchNumber(e164) ?? null,
    matchSipAddress: (address: string): { contactId: string; name: string } | null =>
      contacts.matchSipAddress(bareSipAddress(address)) ?? null,
  };
}

export type ContactService = ReturnType<typeof createContactService>;
