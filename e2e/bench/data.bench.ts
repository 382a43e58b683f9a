import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseContactsFile } from '../../electron/contacts-import/parse-contacts-file';
import { openDatabase } from '../../electron/db/open-database';
import { inTransaction } from '../../electron/db/sqlite';
import { createCallQueries } from '../../electron/db/queries/call-queries';
import { createContactQueries } from '../../electron/db/queries/contact-queries';
import { createContactSearchQueries } from '../../electron/db/queries/contact-search-queries';
import { createContactService } from '../../electron/services/contact-service';
import { createEventBus } from '../../electron/services/event-bus';
import type { BenchFigures } from './bench-figures';
import { generateVcards, insertCalls, insertContacts, seededRandom, type GeneratedContact } from './data-generate';
import { inboxCorrespondents, insertMessages, insertVoicemails } from './inbox-data-generate';
import { measureInboxSearch } from './inbox-search-probe';
import { measureInboxSync, type InboxSyncFigures } from './inbox-sync-probe';
import { percentile } from './sip-relay-probe';
import { measureContactsRender } from './contacts-render';
import { measureThreadRender, type ThreadRenderFigures } from './thread-render';
import { benchAmount } from './quick-mode';

/**
 * bench:data: the store on 100,000 contacts, 1,000,000 calls, 100,000 text messages and 2,000
 * voicemails, generated in a temp folder: contact search at store level (a mix of name and digit
 * queries, page of 50 with its total), inbox search (inbox-search-probe.ts), importing 10,000 vCards
 * through the import path into that store, and opening the database (with its quick_check). Then
 * the inbox's sync of 1,000 voicemails and 10,000 messages from the Twilio double (inbox-sync-probe.ts).
 * Progress goes to stderr; the figures are one JSON line last. contactsFirstRenderMs,
 * scrollFrameP95Ms and the thread figures are measured in Chromium by the renderer's benches
 * (contacts-render.ts, thread-render.ts).
 */
const contactCount = benchAmount({ full: 100_000, quick: 2000, variable: 'BENCH_CONTACTS' });
const callCount = benchAmount({ full: 1_000_000, quick: 20_000, variable: 'BENCH_CALLS' });
const searches = benchAmount({ full: 1000, quick: 50, variable: 'BENCH_SEARCHES' });
const cardCount = benchAmount({ full: 10_000, quick: 200, variable: 'BENCH_CARDS' });
const messageCount = benchAmount({ full: 100_000, quick: 2000, variable: 'BENCH_MESSAGES' });
const voicemailCount = benchAmount({ full: 2000, quick: 50, variable: 'BENCH_VOICEMAILS' });
const syncVoicemails = benchAmount({ full: 1000, quick: 20, variable: 'BENCH_SYNC_VOICEMAILS' });
const syncMessages = benchAmount({ full: 10_000, quick: 200, variable: 'BENCH_SYNC_MESSAGES' });
const threadMessages = benchAmount({ full: 10_000, quick: 2000, variable: 'BENCH_THREAD' });
const renderRuns = benchAmount({ full: 5, quick: 1 });
const scrollFrames = benchAmount({ full: 240, quick: 30 });

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const progress = (line: string) => process.stderr.write(`bench:data ${line}\n`);

function timed<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

/** What people type: parts of names, name prefixes, and numbers in every format. */
function searchMix(contacts: readonly GeneratedContact[], count: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const slice = (text: string, length: number) => {
    const start = Math.floor(random() * Math.max(1, text.length - length));
    return text.slice(start, start + length);
  };
  const kinds: (() => string)[] = [
    () => slice(pick(contacts).name.toLowerCase().replace(' ', ''), 3),
    () => slice(pick(contacts).name, 4 + Math.floor(random() * 3)),
    () => pick(contacts).name.slice(0, 1 + Math.floor(random() * 2)),
    () => {
      const [first = '', last = ''] = pick(contacts).name.split(' ');
      return `${first.slice(0, 3)} ${last.slice(0, 3)}`;
    },
    () => pick(contacts).phones[0]!.number,
    () => pick(contacts).phones[0]!.e164.slice(0, 5),
    () => pick(contacts).phones[0]!.e164,
    () => {
      const digits = pick(contacts).phones[0]!.e164.slice(-7);
      return `${digits.slice(0, 3)} ${digits.slice(3)}`;
    },
    () => pick(contacts).phones[0]!.e164.slice(-4),
    () => slice(pick(contacts).phones[0]!.e164.slice(1), 6),
  ];
  return Array.from({ length: count }, () => pick(kinds)());
}

const dir = mkdtempSync(join(tmpdir(), 'dialtone-bench-data-'));
const file = join(dir, 'dialtone.sqlite');
type LaterFigures = 'contactsFirstRenderMs' | 'scrollFrameP95Ms' | keyof ThreadRenderFigures | keyof InboxSyncFigures;
let figures: Omit<BenchFigures<'data'>, LaterFigures> | undefined;
try {
  const random = seededRandom(20_240_501);
  let db = openDatabase(file);
  const [contacts, contactsMs] = timed(() => insertContacts(db, contactCount, random));
  progress(`${contactCount} contacts in ${Math.round(contactsMs)} ms`);
  const [, callsMs] = timed(() => insertCalls(db, callCount, contacts, random));
  progress(`${callCount} calls in ${Math.round(callsMs)} ms`);
  const correspondents = inboxCorrespondents(Math.max(50, messageCount / 50), contacts, random);
  const [, inboxMs] = timed(() => {
    insertMessages(db, messageCount, correspondents, random);
    insertVoicemails(db, voicemailCount, correspondents, random);
  });
  progress(`${messageCount} messages and ${voicemailCount} voicemails in ${Math.round(inboxMs)} ms`);
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  const databaseMb = statSync(file).size / 2 ** 20;

  const [reopened, openMs] = timed(() => openDatabase(file));
  db = reopened;
  progress(`openDatabase (with quick_check) of ${Math.round(databaseMb)} MB: ${Math.round(openMs)} ms`);

  const search = createContactSearchQueries(db);
  const queries = searchMix(contacts, searches + 100, random);
  for (const query of queries.slice(0, 100)) search.search(query, 0, 50);
  const times: number[] = [];
  const slowest: { query: string; ms: number }[] = [];
  for (const query of queries.slice(100)) {
    const [page, ms] = timed(() => search.search(query, 0, 50));
    times.push(ms);
    slowest.push({ query: `${query} (${page.total})`, ms });
  }
  slowest.sort((a, b) => b.ms - a.ms);
  progress(
    `search p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms, slowest: ${slowest
      .slice(0, 5)
      .map((entry) => `${entry.query} ${round(entry.ms)} ms`)
      .join('; ')}`,
  );

  const history = createCallQueries(db);
  const [, pageMs] = timed(() => history.page('all', 0, 50));
  const [, countMs] = timed(() => history.count('all'));
  progress(`history: first page ${round(pageMs)} ms, total of all ${round(countMs)} ms`);

  const service = createContactService({
    contacts: createContactQueries(db),
    search,
    calls: history,
    transaction: (work) => inTransaction(db, work),
    events: createEventBus(),
    defaultCountry: () => 'US',
    parseContactsFile,
  });
  const inboxSearch = measureInboxSearch(db, { searches, random, matchNumber: service.matchNumber, progress });
  const vcards = generateVcards(cardCount, seededRandom(7));
  const [, parseMs] = timed(() => parseContactsFile('vcard', vcards));
  progress(`${cardCount} vCards parsed in ${Math.round(parseMs)} ms`);
  const start = performance.now();
  const report = await service.import({ format: 'vcard', content: vcards });
  const importMs = performance.now() - start;
  progress(
    `${cardCount} vCards: imported ${report.imported}, merged ${report.merged}, skipped ${report.skipped.length} in ${Math.round(importMs)} ms`,
  );
  db.close();

  figures = {
    contacts: contactCount,
    calls: callCount,
    messages: messageCount,
    voicemails: voicemailCount,
    searchP50Ms: round(percentile(times, 50)),
    searchP95Ms: round(percentile(times, 95)),
    importVcard10kMs: Math.round(importMs),
    openDatabaseMs: Math.round(openMs),
    databaseMb: Math.round(databaseMb),
    ...inboxSearch,
  };
} finally {
  rmSync(dir, { recursive: true, force: true });
}
progress(`syncing ${syncVoicemails} voicemails and ${syncMessages} messages from the Twilio double`);
const sync = await measureInboxSync({ voicemails: syncVoicemails, messages: syncMessages }, seededRandom(12), progress);
const rendererDir = resolve(process.env.DIALTONE_RENDERER_DIR ?? 'dist/renderer');
progress('rendering 100,000 contacts in Chromium');
const render = await measureContactsRender(rendererDir, { runs: renderRuns, scrollFrames });
progress(`rendering a conversation of ${threadMessages} messages in Chromium`);
const thread = await measureThreadRender(
  rendererDir,
  { messages: threadMessages, runs: renderRuns, scrollFrames },
  progress,
);
const allFigures: BenchFigures<'data'> = {
  ...figures,
  ...sync,
  contactsFirstRenderMs: render.contactsFirstRenderMs,
  scrollFrameP95Ms: render.scrollFrameP95Ms,
  ...thread,
};
console.log(JSON.stringify(allFigures));
