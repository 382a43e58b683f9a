import type { Message } from '../../../shared/models/messages';
import { invoke } from '../../ipc/bridge';
import type { MessagesSliceCreator } from './messages-store-types';
import { mergeNewestPage, prependOlder, type ThreadPage } from './thread-pages';

/** The newest page, fetched when a thread opens: small, so it opens at once. */
const threadPageSize = 100;
/** Older pages, fetched while scrolling up: large, so the list above grows a few times rather than often. */
const olderPageSize = 500;

/** What the conversation pane shows: nothing, a new message being addressed, or one remote number's thread. */
export type OpenConversation =
  { kind: 'none' } | { kind: 'new'; recipient: string } | { kind: 'thread'; remoteNumber: string };

export interface ThreadState {
  open: OpenConversation;
  /** The open thread, oldest first: its newest page and the older ones loaded by scrolling up. */
  thread: Message[];
  threadHasOlder: boolean;
  threadStatus: 'idle' | 'loading' | 'ready';
  loadingOlder: boolean;
  threadError: string | null;
}

export interface ThreadActions {
  /**
   * Shows a remote number's thread (loaded once the Messages view is open); a number without messages
   * yet opens an empty one to write in.
   */
  openConversation(remoteNumber: string): void;
  /** Shows the number field and composer of a new conversation. */
  startNewConversation(): void;
  setNewRecipient(text: string): void;
  closeConversation(): void;
  /** Scrolling reached the top: the page before the oldest message shown. */
  loadOlder(): Promise<void>;
  /** The newest page again (new messages, delivery states), keeping the older pages shown. */
  reloadThread(): Promise<void>;
  /** Marks the open conversation read when the person can see it and it has unread messages. */
  markRead(): Promise<void>;
}

export type ThreadSlice = ThreadState & ThreadActions;

export const initialThreadState: ThreadState = {
  open: { kind: 'none' },
  thread: [],
  threadHasOlder: false,
  threadStatus: 'idle',
  loadingOlder: false,
  threadError: null,
};

const emptyThread: Pick<ThreadState, 'thread' | 'threadHasOlder' | 'loadingOlder' | 'threadError'> = {
  thread: [],
  threadHasOlder: false,
  loadingOlder: false,
  threadError: null,
};

export const createThreadSlice: MessagesSliceCreator<ThreadSlice> = (set, get) => {
  /** Grows when another conversation opens: answers for the one before are dropped. */
  let generation = 0;
  let latestReload = 0;

  function openNumber(): string | null {
    const { open } = get();
    return open.kind === 'thread' ? open.remoteNumber : null;
  }

  function shownPage(): ThreadPage {
    return { items: get().thread, hasOlder: get().threadHasOlder };
  }

  function switchTo(open: OpenConversation) {
    generation++;
    get().releasePictures();
    set({
      open,
      ...emptyThread,
      threadStatus: open.kind === 'thread' ? 'loading' : 'idle',
      sendStatus: { status: 'idle' },
    });
  }

  return {
    ...initialThreadState,

    openConversation(remoteNumber) {
      if (openNumber() === remoteNumber) return void get().markRead();
      switchTo({ kind: 'thread', remoteNumber });
      // Opened from another view, the thread loads when the Messages view opens.
      if (!get().viewing) return;
      void get().reloadThread();
      void get().markRead();
    },

    startNewConversation() {
      switchTo({ kind: 'new', recipient: '' });
    },

    setNewRecipient(recipient) {
      if (get().open.kind === 'new') set({ open: { kind: 'new', recipient } });
    },

    closeConversation() {
      switchTo({ kind: 'none' });
    },

    async reloadThread() {
      const remoteNumber = openNumber();
      if (remoteNumber === null) return;
      const opened = generation;
      const reload = ++latestReload;
      const result = await invoke('messages:thread', { remoteNumber, before: null, limit: threadPageSize });
      if (opened !== generation || reload !== latestReload) return;
      if (!result.ok) return set({ threadStatus: 'ready', threadError: result.error.message });
      const merged = mergeNewestPage(shownPage(), result.value);
      set({ thread: merged.items, threadHasOlder: merged.hasOlder, threadStatus: 'ready', threadError: null });
    },

    async loadOlder() {
      const remoteNumber = openNumber();
      const oldest = get().thread[0];
      if (remoteNumber === null || !oldest || !get().threadHasOlder || get().loadingOlder) return;
      const opened = generation;
      set({ loadingOlder: true });
      const before = { at: oldest.at, id: oldest.id };
      const result = await invoke('messages:thread', { remoteNumber, before, limit: olderPageSize });
      if (opened !== generation) return;
      if (!result.ok) return set({ loadingOlder: false, threadError: result.error.message });
      const merged = prependOlder(shownPage(), result.value);
      set({ thread: merged.items, threadHasOlder: merged.hasOlder, loadingOlder: false, threadError: null });
    },

    async markRead() {
      const remoteNumber = openNumber();
      const { viewing, windowShown, conversations } = get();
      if (remoteNumber === null || !viewing || !windowShown) return;
      const conversation = conversations.find((item) => item.remoteNumber === remoteNumber);
      if (!conversation || conversation.unread === 0) return;
      // Counted as read at once, so a second call while this one is on its way asks nothing.
      set((state) => ({
        unread: Math.max(0, state.unread - conversation.unread),
        conversations: state.conversations.map((item) =>
          item.remoteNumber === remoteNumber ? { ...item, unread: 0 } : item,
        ),
      }));
      // Refused, the messages stay unread in main: the next messages:changed brings the counts back.
      await invoke('messages:mark-read', { remoteNumber });
    },
  };
};
