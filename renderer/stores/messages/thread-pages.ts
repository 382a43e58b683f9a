import type { Message } from '../../../shared/models/messages';

export interface ThreadPage {
  /** Oldest first. */
  items: Message[];
  hasOlder: boolean;
}

/** Thread order, as main pages it: by time, then by id for messages of the same millisecond. */
export function isBefore(a: Pick<Message, 'at' | 'id'>, b: Pick<Message, 'at' | 'id'>): boolean {
  return a.at < b.at || (a.at === b.at && a.id < b.id);
}

/** An older page above what is shown; a message already shown is not repeated. */
export function prependOlder(shown: ThreadPage, older: ThreadPage): ThreadPage {
  const known = new Set(shown.items.map((message) => message.id));
  return {
    items: [...older.items.filter((message) => !known.has(message.id)), ...shown.items],
    hasOlder: older.hasOlder,
  };
}

/**
 * The newest page fetched again (new messages, changed delivery states) under the older pages
 * already shown. When the new page does not reach back to what is shown, messages may be missing
 * in between: then only the new page is kept, and the older ones load again on scrolling up.
 */
export function mergeNewestPage(shown: ThreadPage, newest: ThreadPage): ThreadPage {
  const oldestNew = newest.items[0];
  if (!oldestNew || !newest.hasOlder) return newest;
  if (!shown.items.some((message) => message.id === oldestNew.id)) return newest;
  const older = shown.items.filter((message) => isBefore(message, oldestNew));
  return { items: [...older, ...newest.items], hasOlder: shown.hasOlder };
}

/** A message put in its place in the thread, replacing the one with its id. */
export function withMessage(items: readonly Message[], message: Message): Message[] {
  const others = items.filter((item) => item.id !== message.id);
  const at = others.findIndex((item) => isBefore(message, item));
  return at < 0 ? [...others, message] : [...others.slice(0, at), message, ...others.slice(at)];
}
