import { randomUUID } from 'node:crypto';
import { blockedSendersOf, isBlockedSender, type BlockedSenders } from '../../../shared/models/blocked-callers';
import { inboxTextLimits, keptMediaType, type InboxMedia } from '../../../shared/models/inbox';
import type { Conversation, Message, ThreadCursor } from '../../../shared/models/messages';
import type { DialProblemValues, DialProblemWords } from '../../../shared/phone/dial-problem-text';
import { toDialTarget } from '../../../shared/phone/phone-number';
import { readableText } from '../../../shared/readable-text';
import { words, type Words, type WordsId } from '../../../shared/text/words';
import type { MessageQueries, MessageRow } from '../../db/queries/message-queries';
import { AppFailure } from '../app-failure';
import type { EventBus } from '../event-bus';
import type { ContactLookup } from './contact-lookup';
import type { InboxFiles } from './inbox-files';
import type { InboxLineSource } from './inbox-line';
import { downloadPicture, toStoredMessage } from './message-sync';
import { askTwilio } from './twilio-failure';

export interface MessageServiceDeps {
  messages: MessageQueries;
  files: InboxFiles;
  events: EventBus;
  line: InboxLineSource;
  contactFor: ContactLookup;
  defaultCountry(): string;
  /** The person's blocked callers (numbers, prefixes, withheld): their messages are hidden and not counted. */
  blockedCallers(): readonly string[];
}

const noLine = () => new AppFailure('out-of-order', words('inbox.noLineForMessages'));

/** Why the typed recipient cannot get a text: the dialler's own sentence; the renderer names the country. */
function recipientWords(problem: { words: DialProblemWords; values: DialProblemValues }): Words {
  const { code, country } = problem.values;
  const id = `inbox.recipient${problem.words.charAt(0).toUpperCase()}${problem.words.slice(1)}` as WordsId;
  return words(id, {
    ...(code === undefined ? {} : { code }),
    ...(country === undefined ? {} : { country }),
  });
}

export function toMessage(row: MessageRow): Message {
  return {
    id: row.sid,
    remoteNumber: readableText(row.remoteNumber, inboxTextLimits.remoteNumber),
    direction: row.direction,
    body: row.body.slice(0, inboxTextLimits.body),
    at: row.at,
    status: row.status,
    errorCode: row.errorCode,
    media: row.media.slice(0, 10).map((media) => ({ id: media.sid, contentType: media.contentType.slice(0, 100) })),
  };
}

const nobody: BlockedSenders = { numbers: [], prefixes: [] };

/** Entries in one list and not the other: what a change of the blocked callers hid or showed again. */
const changedEntries = (before: readonly string[], after: readonly string[]) => [
  ...before.filter((entry) => !after.includes(entry)),
  ...after.filter((entry) => !before.includes(entry)),
];

/**
 * The Messages view's requests: conversations, threads, sending, pictures. Conversations with blocked senders
 * are left out of the list (unless asked for), of the unread count the badge and the tray show, and of
 * notifications, all here, so they agree.
 */
export function createMessageService(deps: MessageServiceDeps) {
  const { messages, events } = deps;
  const blocked = () => blockedSendersOf(deps.blockedCallers());
  let blockedBefore = [...deps.blockedCallers()];

  const publish = (remoteNumbers: readonly string[]) =>
    events.emit('messages:changed', {
      unread: messages.counts(blocked()).unread,
      remoteNumbers: remoteNumbers.slice(0, 1000).map((number) => number.slice(0, inboxTextLimits.remoteNumber)),
    });

  /** A reply to an existing conversation goes to its sender as is (a short code too); a typed number must be a phone number. */
  function recipientOf(to: string): string {
    if (messages.thread(to, null, 1).items.length > 0) return to;
    const target = toDialTarget(to, deps.defaultCountry());
    if (!target.ok) throw new AppFailure('invalid-request', recipientWords(target));
    if (target.target.startsWith('sip')) {
      throw new AppFailure('invalid-request', words('inbox.notToSipAddress'));
    }
    return target.target;
  }

  return {
    publish,
    /** Messages not read, outside conversations with blocked senders. */
    unread: () => messages.counts(blocked()).unread,
    isHidden: (sender: string) => isBlockedSender(sender, blocked()),
    /** The blocked callers may have changed: the conversations that became hidden or shown again reload. */
    blockedCallersChanged(): void {
      const after = [...deps.blockedCallers()];
      const changed = changedEntries(blockedBefore, after);
      blockedBefore = after;
      if (changed.length === 0) return;
      const touched = messages.conversationsFrom(blockedSendersOf(changed), 1000);
      if (touched.length > 0) publish(touched);
    },
    conversations(
      offset: number,
      limit: number,
      includeBlocked: boolean,
    ): { total: number; unread: number; blocked: number; items: Conversation[] } {
      const senders = blocked();
      const counts = messages.counts(senders);
      const listed = messages.conversations(offset, limit, includeBlocked ? nobody : senders);
      const items = listed.map(({ remoteNumber, last, unread }) => {
        const contact = deps.contactFor(remoteNumber);
        return {
          remoteNumber: readableText(remoteNumber, inboxTextLimits.remoteNumber),
          contactId: contact?.contactId ?? null,
          contactName: contact?.name ?? null,
          lastMessage: {
            preview: readableText(last.body, inboxTextLimits.preview),
            withMedia: last.media.length > 0,
            at: last.at,
            direction: last.direction,
            status: last.status,
          },
          unread,
        };
      });
      const total = includeBlocked ? counts.conversations : counts.conversations - counts.blocked;
      return { total, unread: counts.unread, blocked: counts.blocked, items };
    },
    thread(remoteNumber: string, before: ThreadCursor | null, limit: number) {
      const page = messages.thread(remoteNumber, before, limit);
      return { items: page.items.map(toMessage), hasOlder: page.hasOlder };
    },
    /**
     * Twilio refusing this message (opted out, a region not allowed) keeps it in the thread as failed
     * with the code, so the person sees why; no connection to Twilio stores nothing and says so.
     */
    async send(to: string, body: string): Promise<Message> {
      const recipient = recipientOf(to);
      const line = await askTwilio(() => deps.line());
      if (!line) throw noLine();
      const outcome = await askTwilio(() => line.api.sendMessage({ from: line.number, to: recipient, body }));
      const stored =
        'sent' in outcome
          ? toStoredMessage(outcome.sent)
          : {
              sid: `local-${randomUUID()}`,
              remoteNumber: recipient,
              direction: 'outgoing' as const,
              body,
              at: Date.now(),
              status: 'failed' as const,
              errorCode: outcome.refused.code,
              mediaCount: 0,
            };
      messages.upsert(stored);
      publish([stored.remoteNumber]);
      const row = messages.get(stored.sid);
      if (!row) throw new AppFailure('storage-failed', words('inbox.sentNotSaved'));
      return toMessage(row);
    },
    markRead(remoteNumber: string): void {
      if (messages.markRead(remoteNumber) > 0) publish([remoteNumber]);
    },
    async media(id: string): Promise<InboxMedia> {
      const media = messages.media(id);
      if (!media) throw new AppFailure('not-found', words('inbox.pictureGone'));
      const contentType = keptMediaType(media.contentType);
      if (contentType === null || !contentType.startsWith('image/')) {
        throw new AppFailure('unsupported', words('inbox.picturesOnly'));
      }
      if (media.file !== null) {
        try {
          return await deps.files.read('picture', media.file, contentType);
        } catch {
          // The file went missing: download it again below.
        }
      }
      const line = await askTwilio(() => deps.line());
      if (!line) throw noLine();
      const saved = await askTwilio(() => downloadPicture(line, deps, media.messageSid, id));
      if (!saved) {
        throw new AppFailure('not-found', words('inbox.pictureGoneOnTwilio'));
      }
      return deps.files.read('picture', saved.file, saved.contentType);
    },
  };
}

export type MessageService = ReturnType<typeof createMessageService>;
