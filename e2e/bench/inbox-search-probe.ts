import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInboxSearchQueries } from '../../electron/db/queries/inbox-search-queries';
import { createMessageQueries } from '../../electron/db/queries/message-queries';
import { createSyncCursorQueries } from '../../electron/db/queries/sync-cursor-queries';
import { createVoicemailQueries } from '../../electron/db/queries/voicemail-queries';
import { inTransaction, type Database } from '../../electron/db/sqlite';
import { createMemoryLogger } from '../../electron/logging/logger';
import { createEventBus } from '../../electron/services/event-bus';
import { createInboxFiles } from '../../electron/services/inbox/inbox-files';
import { createInboxService } from '../../electron/services/inbox/inbox-service';
import { percentile } from './sip-relay-probe';

/**
 * inbox:search at store level, as main answers it (the inbox service over its real queries, with the
 * contact names of the hits): FTS5 over message bodies and voicemail transcriptions, a page of 50.
 */
export interface InboxSearchFigures {
  messageSearchP50Ms: number;
  messageSearchP95Ms: number;
}

/** As many hits as the Messages view asks for (inboxSearchLimit in renderer/stores/messages/inbox-search.slice.ts). */
const inboxSearchLimit = 50;

/** Words as the search splits them: runs with a letter or a digit. */
const wordsOf = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/**
 * What people type after the pause the search waits for: a word they remember from a message, the
 * start of one (1 to 4 characters), two words of a message, two words with the second half typed,
 * and two words from different messages (which few or none contain).
 */
export function inboxSearchMix(bodies: readonly string[], count: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const wordyBodies = bodies.map(wordsOf).filter((words) => words.length >= 2);
  if (wordyBodies.length === 0) throw new Error('No message with two words to search for');
  const prefix = (word: string) => [...word].slice(0, 1 + Math.floor(random() * 4)).join('');
  const twoWords = () => {
    const words = pick(wordyBodies);
    const at = Math.floor(random() * (words.length - 1));
    return [words[at]!, words[at + 1]!];
  };
  const kinds: (() => string)[] = [
    () => pick(pick(wordyBodies)),
    () => pick(pick(wordyBodies)),
    () => prefix(pick(pick(wordyBodies))),
    () => twoWords().join(' '),
    () => {
      const [first, second] = twoWords();
      return `${first} ${prefix(second!)}`;
    },
    () => `${pick(pick(wordyBodies))} ${pick(pick(wordyBodies))}`,
  ];
  return Array.from({ length: count }, () => pick(kinds)());
}

export function measureInboxSearch(
  db: Database,
  {
    searches,
    random,
    matchNumber,
    progress,
  }: {
    searches: number;
    random: () => number;
    matchNumber(e164: string): { contactId: string; name: string } | null;
    progress(line: string): void;
  },
): InboxSearchFigures {
  const filesDir = mkdtempSync(join(tmpdir(), 'dialtone-bench-inbox-'));
  try {
    const inbox = createInboxService({
      voicemails: createVoicemailQueries(db),
      messages: createMessageQueries(db),
      cursors: createSyncCursorQueries(db),
      search: createInboxSearchQueries(db),
      transaction: (work) => inTransaction(db, work),
      files: createInboxFiles(filesDir),
      events: createEventBus(),
      logger: createMemoryLogger(),
      line: async () => null,
      matchNumber,
      defaultCountry: () => 'US',
      blockedCallers: () => [],
      deleteFromTwilio: () => false,
      language: () => 'en',
    });
    const bodies = db
      .prepare<[], { body: string }>('SELECT body FROM messages')
      .all()
      .map((row) => row.body);
    const queries = inboxSearchMix(bodies, searches + 100, random);
    for (const query of queries.slice(0, 100)) inbox.search(query, inboxSearchLimit);
    const times: number[] = [];
    const slowest: { query: string; ms: number }[] = [];
    for (const query of queries.slice(100)) {
      const start = performance.now();
      const found = inbox.search(query, inboxSearchLimit);
      const ms = performance.now() - start;
      times.push(ms);
      slowest.push({ query: `${query} (${found.items.length})`, ms });
    }
    slowest.sort((a, b) => b.ms - a.ms);
    const round = (value: number) => Math.round(value * 100) / 100;
    progress(
      `inbox search p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms, slowest: ${slowest
        .slice(0, 5)
        .map((entry) => `${entry.query} ${round(entry.ms)} ms`)
        .join('; ')}`,
    );
    return { messageSearchP50Ms: round(percentile(times, 50)), messageSearchP95Ms: round(percentile(times, 95)) };
  } finally {
    rmSync(filesDir, { recursive: true, force: true });
  }
}
