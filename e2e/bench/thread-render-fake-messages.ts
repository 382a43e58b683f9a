import type { Conversation, Message, ThreadCursor } from '../../shared/models/messages';
import type { FakeHandlers } from './contacts-render-fake-api';

/**
 * Text messages for the bench's fake window.dialtone (contacts-render-fake-api.ts): one long
 * conversation with a contact, the newest, and a few short ones, answered a page at a time exactly
 * as main pages them (oldest first, ending just before the cursor, ordered by time then id).
 * Bodies vary as texts do: mostly a line, some a paragraph, a few on several lines; 1 % of the
 * received ones carry a picture, 1 % of the sent ones were not delivered (and show advice).
 */
export const longThreadName = 'Alice Example';
const longThreadNumber = '+15125550142';

const words = `ok sure thanks see you soon running late about ten minutes can you call me when you get this
  the kids are at school pick up milk on the way home meeting moved to Thursday lunch tomorrow sounds
  great love it parking is full take the train flight lands at six the package arrived happy birthday
  did you see the game dinner at eight traffic is terrible`.split(/\s+/);
/** A 1x1 PNG: the picture's size is the bubble's (CSS), not the file's. */
const tinyPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const sid = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(32, '0')}`;

function body(n: number): string {
  const length = n % 10 === 3 ? 40 + (n % 80) : n % 4 === 1 ? 12 + (n % 15) : 2 + (n % 9);
  const text = Array.from({ length }, (_, w) => words[(n * 7 + w * 13) % words.length]).join(' ');
  return n % 20 === 7 ? text.replace(/ the /g, '\nthe ') : text;
}

function threadOf(remoteNumber: string, count: number, newestAt: number, spacingMs: number, first: number): Message[] {
  return Array.from({ length: count }, (_, index) => {
    const n = first + index;
    const incoming = Math.floor(n / 3) % 2 === 0;
    const failed = !incoming && n % 100 === 41;
    return {
      id: sid(incoming && n % 100 === 17 ? 'MM' : 'SM', n),
      remoteNumber,
      direction: incoming ? 'incoming' : 'outgoing',
      body: body(n),
      at: newestAt - (count - 1 - index) * spacingMs,
      status: incoming ? 'received' : failed ? 'undelivered' : 'delivered',
      errorCode: failed ? [30003, 30005, 30006, 30007][n % 4]! : null,
      media: incoming && n % 100 === 17 ? [{ id: sid('ME', n), contentType: 'image/png' }] : [],
    };
  });
}

const isBefore = (a: ThreadCursor, b: ThreadCursor) => a.at < b.at || (a.at === b.at && a.id < b.id);

export function fakeMessageHandlers(longThread: number, now: number): FakeHandlers {
  const hour = 3_600_000;
  const threads = new Map<string, Message[]>();
  const conversations: Conversation[] = [];
  if (longThread > 0) {
    threads.set(
      longThreadNumber,
      threadOf(longThreadNumber, longThread, now - 60_000, (2 * 365 * 24 * hour) / longThread, 0),
    );
    for (let other = 1; other <= 12; other++) {
      const number = `+1512555${String(1000 + other).padStart(4, '0')}`;
      threads.set(
        number,
        threadOf(number, 2 + ((other * 5) % 18), now - other * 20 * hour, hour, longThread + other * 100),
      );
    }
  }
  for (const [remoteNumber, thread] of threads) {
    const last = thread.at(-1)!;
    conversations.push({
      remoteNumber,
      contactId: remoteNumber === longThreadNumber ? 'contact-alice' : null,
      contactName: remoteNumber === longThreadNumber ? longThreadName : null,
      lastMessage: {
        preview: last.body.slice(0, 200),
        withMedia: false,
        at: last.at,
        direction: last.direction,
        status: last.status,
      },
      unread: remoteNumber === longThreadNumber ? 3 : 0,
    });
  }
  const unread = () => conversations.reduce((sum, conversation) => sum + conversation.unread, 0);

  return {
    'messages:list-conversations': ({ offset, limit }) => ({
      total: conversations.length,
      unread: unread(),
      blocked: 0,
      items: conversations.slice(offset, offset + limit),
    }),
    'messages:thread': ({ remoteNumber, before, limit }) => {
      const thread = threads.get(remoteNumber) ?? [];
      let end = thread.length;
      if (before) while (end > 0 && !isBefore(thread[end - 1]!, before)) end--;
      const start = Math.max(0, end - limit);
      return { items: thread.slice(start, end), hasOlder: start > 0 };
    },
    'messages:mark-read': ({ remoteNumber }) => {
      const conversation = conversations.find((item) => item.remoteNumber === remoteNumber);
      if (conversation) conversation.unread = 0;
      return null;
    },
    'messages:get-media': () => ({ contentType: 'image/png', base64: tinyPng }),
    'inbox:get-status': () => ({ available: true, syncing: false, lastSyncedAt: now, problem: null }),
    'inbox:search': () => ({ items: [] }),
    'voicemail:list': () => ({ total: 0, unplayed: 0, items: [] }),
  };
}
