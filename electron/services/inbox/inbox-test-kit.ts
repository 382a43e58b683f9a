import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../../e2e/lab/twilio-double';
import type { EventChannel, EventPayload } from '../../../shared/contract/event-channels';
import { openDatabase } from '../../db/open-database';
import { createInboxSearchQueries } from '../../db/queries/inbox-search-queries';
import { createMessageQueries } from '../../db/queries/message-queries';
import { createSyncCursorQueries } from '../../db/queries/sync-cursor-queries';
import { createVoicemailQueries } from '../../db/queries/voicemail-queries';
import { inTransaction } from '../../db/sqlite';
import { createMemoryLogger } from '../../logging/logger';
import { makeTempDir } from '../../test-support/backend-fixture';
import { connectInbox, type InboxApi } from '../../twilio/inbox-api';
import { createEventBus } from '../event-bus';
import { createInboxFiles } from './inbox-files';
import { createInboxService } from './inbox-service';

export const lineNumber = '+15125550100';
export const inboxAccount: DoubleAccount = {
  sid: 'AC2222222222222222222222222222222a',
  authToken: 'aaaabbbbccccddddeeeeffff22223333',
  friendlyName: 'Inbox Account',
  type: 'Full',
  balance: '20.00',
  currency: 'USD',
  ownedNumbers: [{ phoneNumber: lineNumber }, { phoneNumber: '+15125550111' }],
};

export async function startInboxDouble(): Promise<TwilioDouble> {
  return startTwilioDouble({ accounts: [inboxAccount] });
}

/**
 * The inbox service as the backend builds it (real database, files, queries and Twilio client),
 * pointed at the double; the runner is never started: tests call syncNow() themselves.
 */
export function createInboxUnderTest(
  double: TwilioDouble,
  options: {
    wrapApi?: (api: InboxApi) => InboxApi;
    deleteFromTwilio?: boolean;
    dataDir?: string;
    /** The blocked callers, as the setup holds them: change the array, then call inbox.setupChanged(). */
    blockedCallers?: string[];
  } = {},
) {
  const temp = options.dataDir ? null : makeTempDir('dialtone-inbox-');
  const dataDir = options.dataDir ?? temp!.dir;
  const db = openDatabase(`${dataDir}/dialtone.sqlite`);
  const events = createEventBus();
  const seen: Array<{ event: EventChannel; payload: unknown }> = [];
  events.subscribe((event, payload) => seen.push({ event, payload }));
  const logger = createMemoryLogger();
  const credentials = { accountSid: inboxAccount.sid, username: inboxAccount.sid, password: inboxAccount.authToken };
  const api = connectInbox(credentials, double.endpoints, { logger, retry: { maxRetries: 3, maxRetryDelayMs: 50 } });
  const contacts = new Map<string, string>();
  const queries = {
    voicemails: createVoicemailQueries(db),
    messages: createMessageQueries(db),
    cursors: createSyncCursorQueries(db),
    search: createInboxSearchQueries(db),
  };
  const inbox = createInboxService({
    ...queries,
    transaction: (work) => inTransaction(db, work),
    files: createInboxFiles(dataDir),
    events,
    logger,
    line: async () => ({ api: options.wrapApi ? options.wrapApi(api) : api, number: lineNumber }),
    matchNumber: (e164) => {
      const name = contacts.get(e164);
      return name ? { contactId: `contact-${e164}`, name } : null;
    },
    defaultCountry: () => 'US',
    blockedCallers: () => options.blockedCallers ?? [],
    deleteFromTwilio: () => options.deleteFromTwilio ?? false,
    language: () => 'en',
  });
  return {
    inbox,
    queries,
    contacts,
    logger,
    dataDir,
    events: <E extends EventChannel>(event: E) =>
      seen.filter((entry) => entry.event === event).map((entry) => entry.payload as EventPayload<E>),
    clearEvents: () => (seen.length = 0),
    async close() {
      await inbox.stop();
      db.close();
      temp?.remove();
    },
  };
}
