import type { Conversation, Message } from '../../../shared/models/messages';
import type { InvokeInput, InvokeOutput } from '../../../shared/contract/invoke-channels';
import type { Result } from '../../../shared/result';

/** Test-only fixtures for the messages store and views. */

export const aliceNumber = '+15125550123';

export function message(id: string, change: Partial<Message> = {}): Message {
  return {
    id,
    remoteNumber: aliceNumber,
    direction: 'incoming',
    body: `Message ${id}`,
    at: 1_700_000_000_000,
    status: 'received',
    errorCode: null,
    media: [],
    ...change,
  };
}

export function conversation(remoteNumber: string, change: Partial<Conversation> = {}): Conversation {
  return {
    remoteNumber,
    contactId: null,
    contactName: null,
    lastMessage: {
      preview: 'Hello',
      withMedia: false,
      at: 1_700_000_000_000,
      direction: 'incoming',
      status: 'received',
    },
    unread: 0,
    ...change,
  };
}

/** `count` messages with Alice a minute apart, oldest first, ids m0000, m0001, ... */
export function aliceThread(count: number): Message[] {
  return Array.from({ length: count }, (_, n) =>
    message(`m${String(n).padStart(4, '0')}`, { at: 1_700_000_000_000 + n * 60_000 }),
  );
}

/** messages:thread as main answers it: oldest first, the page ending just before `before`. */
export type ThreadAnswer = Result<InvokeOutput<'messages:thread'>>;

export function threadHandler(
  threads: Record<string, Message[]>,
): (input: InvokeInput<'messages:thread'>) => ThreadAnswer {
  return ({ remoteNumber, before, limit }) => {
    const all = (threads[remoteNumber] ?? []).filter(
      (item) => before === null || item.at < before.at || (item.at === before.at && item.id < before.id),
    );
    const start = Math.max(0, all.length - limit);
    return { ok: true, value: { items: all.slice(start), hasOlder: start > 0 } };
  };
}
