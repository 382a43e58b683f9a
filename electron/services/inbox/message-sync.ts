import { finalMessageStatuses } from '../../../shared/models/messages';
import type { IncomingRemoteMessage, MessageQueries } from '../../db/queries/message-queries';
import type { SyncCursorName, SyncCursorQueries } from '../../db/queries/sync-cursor-queries';
import type { RemoteMessage } from '../../twilio/inbox-api';
import { keptMediaType } from '../../../shared/models/inbox';
import type { InboxFiles } from './inbox-files';
import type { InboxLine } from './inbox-line';
import type { ItemRetries } from './item-retries';

export interface MessageSyncDeps {
  messages: MessageQueries;
  cursors: SyncCursorQueries;
  transaction<T>(work: () => T): T;
  files: InboxFiles;
  retries: ItemRetries;
}

export interface MessageSyncResult {
  /** Incoming messages new to Dialtone. */
  received: IncomingRemoteMessage[];
  /** Conversations with anything new or changed. */
  remoteNumbers: string[];
  firstSync: boolean;
}

/** A message's date_sent can trail its listing a little: each poll looks back an hour (upserts make that harmless). */
const lookBackMs = 60 * 60 * 1000;
const mediaListsPerSync = 20;
/** Carriers report delivery within minutes to a day or two; a message still "sent" after three days stays so. */
const deliveryPatienceMs = 3 * 24 * 60 * 60 * 1000;
const refreshesPerSync = 20;

export const nothingReceivedYet = (): MessageSyncResult => ({ received: [], remoteNumbers: [], firstSync: false });

/** The other party of a message on our number. */
export function toStoredMessage(message: RemoteMessage): IncomingRemoteMessage {
  const { sid, direction, body, at, status, errorCode, mediaCount } = message;
  return {
    sid,
    direction,
    body,
    at,
    status,
    errorCode,
    mediaCount,
    remoteNumber: direction === 'incoming' ? message.from : message.to,
  };
}

/**
 * One pass of message sync: messages to and from the number since each direction's cursor (pages in
 * their own transactions, cursors moved once all pages are in), sent messages refreshed until
 * final, and the picture lists (and pictures) of new MMS.
 */
export async function syncMessages(line: InboxLine, deps: MessageSyncDeps, found: MessageSyncResult): Promise<void> {
  const touched = (remoteNumber: string) => {
    if (!found.remoteNumbers.includes(remoteNumber)) found.remoteNumbers.push(remoteNumber);
  };
  const listed = new Set<string>();
  found.firstSync = deps.cursors.get('messages-to') === null && deps.cursors.get('messages-from') === null;
  const directions: Array<[SyncCursorName, { to: string } | { from: string }]> = [
    ['messages-to', { to: line.number }],
    ['messages-from', { from: line.number }],
  ];
  for (const [name, filter] of directions) {
    await syncDirection(line, deps, name, filter, (message, outcome) => {
      listed.add(message.sid);
      if (outcome === 'same') return;
      touched(message.remoteNumber);
      if (outcome === 'new' && message.direction === 'incoming') found.received.push(message);
    });
  }
  // What the listing just brought is fresh; older sent messages are asked about one by one.
  const pending = deps.messages.pendingOutbound(Date.now() - deliveryPatienceMs, refreshesPerSync + listed.size);
  for (const sid of pending.filter((sid) => !listed.has(sid)).slice(0, refreshesPerSync)) {
    const message = toStoredMessage(await line.api.fetchMessage(sid));
    if (deps.messages.upsert(message) !== 'same') touched(message.remoteNumber);
  }
  const { retries } = deps;
  const withMedia = deps.messages.withMissingMedia(mediaListsPerSync + retries.gaveUpCount());
  for (const sid of withMedia.filter((sid) => !retries.gaveUpOn(sid)).slice(0, mediaListsPerSync)) {
    await retries.attempt('list-media', sid, async () => {
      const media = await line.api.mediaOf(sid);
      deps.messages.setMedia(sid, media);
      // Only pictures are shown; a video or a contact card stays on Twilio (and the bubble says so).
      for (const picture of media.filter((item) => keptMediaType(item.contentType)?.startsWith('image/'))) {
        await retries.attempt(
          'download-picture',
          picture.sid,
          async () => void (await downloadPicture(line, deps, sid, picture.sid)),
        );
      }
      const message = deps.messages.get(sid);
      if (message) touched(message.remoteNumber);
    });
  }
}

async function syncDirection(
  line: InboxLine,
  deps: MessageSyncDeps,
  name: SyncCursorName,
  filter: { to: string } | { from: string },
  seen: (message: IncomingRemoteMessage, outcome: 'new' | 'changed' | 'same') => void,
): Promise<void> {
  const cursor = deps.cursors.get(name);
  const cursorTime = cursor === null ? Number.NaN : Date.parse(cursor);
  const since = Number.isNaN(cursorTime) ? null : new Date(cursorTime - lookBackMs);
  // With nothing found, the next pass starts from this one (the look-back covers a skewed clock).
  let newest = Number.isNaN(cursorTime) ? Date.now() : cursorTime;
  for await (const page of line.api.messagePages(filter, since)) {
    deps.transaction(() => {
      for (const remote of page) {
        const message = toStoredMessage(remote);
        seen(message, deps.messages.upsert(message));
        // A message not sent yet has no date_sent: the cursor must not pass it by.
        if (finalMessageStatuses.includes(message.status) || message.status === 'sent')
          newest = Math.max(newest, message.at);
      }
    });
  }
  deps.cursors.set(name, new Date(newest).toISOString());
}

/** Saves an MMS picture in the data folder (ahead during sync, or on demand when shown). */
export async function downloadPicture(
  line: InboxLine,
  deps: Pick<MessageSyncDeps, 'messages' | 'files'>,
  messageSid: string,
  mediaSid: string,
) {
  const media = await line.api.mediaContent(messageSid, mediaSid);
  if (media === null) return null;
  const { contentType } = media;
  if (!contentType.startsWith('image/')) return null;
  const file = await deps.files.save('picture', mediaSid, contentType, media.bytes);
  deps.messages.setMediaFile(mediaSid, file);
  return { file, contentType };
}
