import type { InboxSearchHit } from '../../../shared/models/inbox';
import { inboxTextLimits } from '../../../shared/models/inbox';
import type { AppLanguage } from '../../../shared/models/language';
import { readableText } from '../../../shared/readable-text';
import type { InboxSearchQueries } from '../../db/queries/inbox-search-queries';
import type { MessageQueries } from '../../db/queries/message-queries';
import type { SyncCursorQueries } from '../../db/queries/sync-cursor-queries';
import type { VoicemailQueries, VoicemailRow } from '../../db/queries/voicemail-queries';
import type { Logger } from '../../logging/logger';
import type { EventBus } from '../event-bus';
import { contactLookup } from './contact-lookup';
import type { InboxFiles } from './inbox-files';
import type { InboxLineSource } from './inbox-line';
import { messageArrivals, voicemailArrivals } from './inbox-notices';
import { createInboxSyncRunner } from './inbox-sync-runner';
import { createItemRetries } from './item-retries';
import { createMessageService } from './message-service';
import { syncMessages } from './message-sync';
import { createVoicemailService } from './voicemail-service';
import { syncVoicemail } from './voicemail-sync';

export interface InboxServiceDeps {
  voicemails: VoicemailQueries;
  messages: MessageQueries;
  cursors: SyncCursorQueries;
  search: InboxSearchQueries;
  transaction<T>(work: () => T): T;
  files: InboxFiles;
  events: EventBus;
  logger: Logger;
  line: InboxLineSource;
  matchNumber(e164: string): { contactId: string; name: string } | null;
  defaultCountry(): string;
  /** The person's blocked callers: messages from them are hidden, uncounted and not notified. */
  blockedCallers(): readonly string[];
  deleteFromTwilio(): boolean;
  /** The language of the voicemail and message notifications, asked as each is raised. */
  language(): AppLanguage;
}

/**
 * Voicemail and text messages: kept in the database, synced from the person's Twilio account on a
 * schedule (no public webhook needed), announced as events the views and notifications follow.
 */
export function createInboxService(deps: InboxServiceDeps) {
  const contactFor = contactLookup(deps.matchNumber);
  const voicemail = createVoicemailService({ ...deps, contactFor });
  const messages = createMessageService({ ...deps, contactFor });
  const retries = createItemRetries(deps.logger);
  const stores = { transaction: deps.transaction, files: deps.files, cursors: deps.cursors, retries };
  /** New voicemail is announced once its transcription settles, so the notification can quote it. */
  const awaitingTranscription = new Set<string>();

  function announceVoicemail(added: readonly string[]): void {
    for (const sid of added) awaitingTranscription.add(sid);
    const ready: VoicemailRow[] = [];
    for (const sid of [...awaitingTranscription]) {
      const row = deps.voicemails.get(sid);
      if (row?.transcriptionState === 'transcribing') continue;
      awaitingTranscription.delete(sid);
      if (row) ready.push(row);
    }
    ready.sort((a, b) => b.createdAt - a.createdAt);
    for (const arrival of voicemailArrivals(ready, contactFor, deps.language()))
      deps.events.emit('inbox:arrived', arrival);
  }

  const runner = createInboxSyncRunner({
    line: deps.line,
    logger: deps.logger,
    syncMessages: (line, found) => syncMessages(line, { ...stores, messages: deps.messages }, found),
    syncVoicemail: (line, found) =>
      syncVoicemail(line, { ...stores, voicemails: deps.voicemails, deleteFromTwilio: deps.deleteFromTwilio }, found),
    transcriptionPending: () => deps.voicemails.pendingTranscriptions().length > 0,
    onSynced({ messages: found, voicemail: voicemailFound }) {
      if (found.remoteNumbers.length > 0) messages.publish(found.remoteNumbers);
      if (!found.firstSync) {
        const received = found.received.filter((message) => !messages.isHidden(message.remoteNumber));
        for (const arrival of messageArrivals(received, contactFor, deps.language()))
          deps.events.emit('inbox:arrived', arrival);
      }
      if (!voicemailFound?.changed) return;
      voicemail.publish();
      if (!voicemailFound.firstSync) announceVoicemail(voicemailFound.added);
    },
    onStatus: (status) => deps.events.emit('inbox:status-changed', status),
  });

  return {
    voicemail,
    messages,
    start: runner.start,
    stop: runner.stop,
    status: runner.status,
    syncNow: runner.syncNow,
    /** What the tray counts at start: voicemail not played, messages not read (from senders not blocked). */
    unread: () => ({ voicemails: deps.voicemails.unplayed(), messages: messages.unread() }),
    /** The setup changed: if the blocked callers did, the conversations hidden or shown again reload. */
    setupChanged: () => messages.blockedCallersChanged(),
    /** A call rang out unanswered: the caller may be leaving a voicemail now. */
    missedCall: runner.missedCall,
    search(query: string, limit: number): { items: InboxSearchHit[] } {
      const items = deps.search.search(query, limit).map((hit) => ({
        kind: hit.kind,
        id: hit.id,
        remoteNumber: readableText(hit.remoteNumber, inboxTextLimits.remoteNumber),
        contactName: contactFor(hit.remoteNumber)?.name ?? null,
        at: hit.at,
        snippet: hit.snippet,
      }));
      return { items };
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
