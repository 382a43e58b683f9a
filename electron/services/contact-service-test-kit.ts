import { inTransaction, type Database } from '../db/sqlite';
import type { EventChannel } from '../../shared/contract/event-channels';
import type { ContactDraft } from '../../shared/models/contact';
import { parseContactsFile } from '../contacts-import/parse-contacts-file';
import { openDatabase } from '../db/open-database';
import { createCallQueries, type CallQueries } from '../db/queries/call-queries';
import { createContactQueries } from '../db/queries/contact-queries';
import { createContactSearchQueries } from '../db/queries/contact-search-queries';
import { createMemoryLogger } from '../logging/logger';
import { createContactService, type ContactService, type ContactServiceDeps } from './contact-service';
import { createEventBus, type EventBus } from './event-bus';
import { createHistoryService, type HistoryService } from './history-service';

export const draft = (name: string, numbers: string[] = [], overrides: Partial<ContactDraft> = {}): ContactDraft => ({
  name,
  organisation: '',
  phones: numbers.map((number) => ({ label: 'mobile', number })),
  sipAddresses: [],
  emails: [],
  notes: '',
  favourite: false,
  ...overrides,
});

export interface ContactsWorld {
  db: Database;
  events: EventBus;
  emitted: { event: EventChannel; payload: unknown }[];
  /** The default country the services see; tests may change it. */
  settings: { country: string };
  contacts: ContactService;
  history: HistoryService;
  calls: CallQueries;
  logger: ReturnType<typeof createMemoryLogger>;
  count(table: string): number;
  close(): void;
}

/** Contacts and history over one database (in memory unless a file is given), with every event recorded. */
export function createContactsWorld(
  options: { file?: string; country?: string; parse?: ContactServiceDeps['parseContactsFile'] } = {},
): ContactsWorld {
  const db: Database = openDatabase(options.file ?? ':memory:');
  const events = createEventBus();
  const emitted: { event: EventChannel; payload: unknown }[] = [];
  events.subscribe((event, payload) => void emitted.push({ event, payload }));
  const settings = { country: options.country ?? 'US' };
  const transaction = <T>(work: () => T): T => inTransaction(db, work);
  const calls = createCallQueries(db);
  const contacts = createContactService({
    contacts: createContactQueries(db),
    search: createContactSearchQueries(db),
    calls,
    transaction,
    events,
    defaultCountry: () => settings.country,
    parseContactsFile: options.parse ?? parseContactsFile,
  });
  const logger = createMemoryLogger();
  const history = createHistoryService({
    calls,
    transaction,
    events,
    logger,
    defaultCountry: () => settings.country,
    matchNumber: contacts.matchNumber,
    matchSipAddress: contacts.matchSipAddress,
    activeAccountId: () => null,
  });
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { db, events, emitted, settings, contacts, history, calls, logger, count, close: () => db.close() };
}
