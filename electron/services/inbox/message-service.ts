import { randomUUID } from 'node:crypto';
import { blockedSendersOf, isBlockedSender, type BlockedSenders } from '../../../shared/models/blocked-callers';
import { inboxTextLimits, keptMediaType, type InboxMedia } from '../../../shared/models/inbox';
import type { Conversation, Message, ThreadCursor } from '../../../shared/models/messages';
import { toDialTarget } from '../../../shared/phone/phone-number';
import { readableText } from '../../../shared/readable-text';
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

const noLine = () =>
  new AppFailure(
    'out-of-order',
    'Text messages need a phone line set up with Twilio. Run the Twilio setup from Settings.',
  );

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

function previewOf(row: MessageRow): string {
  const text = readableText(row.body, inboxTextLimits.preview);
  if (text) return text;
  return row.media.length > 0 ? 'Picture' : '';
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
    if (!target.ok) throw new AppFailure('invalid-request', target.message);
    if (target.target.startsWith('sip')) {
      throw new AppFailure(
        'invalid-request',
        'Text messages go to phone numbers. Type a phone number, not a SIP address.',
      );
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
          lastMessage: { preview: previewOf(last), at: last.at, direction: last.direction, status: last.status },
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
      if (!row) throw new AppFailure('storage-failed', 'The message was sent but could not be saved here.');
      return toMessage(row);
    },
    markRead(remoteNumber: string): void {
      if (messages.markRead(remoteNumber) > 0) publish([remoteNumber]);
    },
    async media(id: string): Promise<InboxMedia> {
      const media = messages.media(id);
      if (!media) throw new AppFailure('not-found', 'This picture is no longer here.');
      const contentType = keptMediaType(media.contentType);
      if (contentType === null || !contentType.startsWith('image/')) {
        throw new AppFailure(
          'unsupported',
          'Dialtone shows pictures only. Open this message on your phone to see the attachment.',
        );
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
        throw new AppFailure('not-found', 'Twilio no longer has this picture. Ask the sender to send it again.');
      }
      return deps.files.read('picture', saved.file, saved.contentType);
    },
  };
}

export type MessageService = ReturnType<typeof createMessageService>;
