import type { Conversation } from '../../../shared/models/messages';
import type { InvokeOutput } from '../../../shared/contract/invoke-channels';
import { invoke } from '../../ipc/bridge';
import { createPagedList, type PagedAnswer } from '../paged-list';
import type { MessagesSliceCreator } from './messages-store-types';

/** Conversations fetched per messages:list-conversations request. */
const conversationPageSize = 100;

export interface ConversationsState {
  /** Newest message first; the first pages only ("Show older conversations" fetches more). */
  conversations: Conversation[];
  conversationsTotal: number;
  /** True once `conversations` holds main's answer. */
  conversationsLoaded: boolean;
  conversationsLoading: boolean;
  conversationsError: string | null;
  /** Conversations with blocked senders: left out of the list unless `showBlocked`. */
  blockedConversations: number;
  /** The person asked to see the conversations with blocked senders too. */
  showBlocked: boolean;
  /** Messages not read yet, outside conversations with blocked senders: the badge on the Messages tab. */
  unread: number;
  /** The Messages view is on screen. */
  viewing: boolean;
  /** The window is visible and focused, so an open conversation is really being read. */
  windowShown: boolean;
}

export interface ConversationsActions {
  /** Loads the newest conversations (as many as are shown already, at least a page). */
  loadConversations(): Promise<void>;
  loadMoreConversations(): Promise<void>;
  /** The badge count at start, before any messages:changed. */
  loadUnreadCount(): Promise<void>;
  /** Shows the conversations with blocked senders in the list too (true), or hides them again. */
  setShowBlocked(show: boolean): Promise<void>;
  /** The Messages view opened (true) or closed: opening it reloads what it shows. */
  setViewing(viewing: boolean): void;
  setWindowShown(shown: boolean): void;
}

export type ConversationsSlice = ConversationsState & ConversationsActions;

export const initialConversationsState: ConversationsState = {
  conversations: [],
  conversationsTotal: 0,
  conversationsLoaded: false,
  conversationsLoading: false,
  conversationsError: null,
  blockedConversations: 0,
  showBlocked: false,
  unread: 0,
  viewing: false,
  windowShown: true,
};

export const createConversationsSlice: MessagesSliceCreator<ConversationsSlice> = (set, get) => {
  const list = createPagedList<Conversation, InvokeOutput<'messages:list-conversations'>>({
    pageSize: conversationPageSize,
    keyOf: (conversation) => conversation.remoteNumber,
    fetch: (offset, limit) =>
      invoke('messages:list-conversations', { offset, limit, includeBlocked: get().showBlocked }),
  });

  /** The list as main answered it (the first pages, or one more); the open conversation listed unread is read now. */
  function settle(result: PagedAnswer<InvokeOutput<'messages:list-conversations'>>) {
    if (result === null) return;
    if (!result.ok) return set({ conversationsLoading: false, conversationsError: result.error.message });
    set({
      conversations: result.value.items,
      conversationsTotal: result.value.total,
      blockedConversations: result.value.blocked,
      // Nothing left to show: a sender blocked later is hidden again.
      showBlocked: get().showBlocked && result.value.blocked > 0,
      unread: result.value.unread,
      conversationsLoaded: true,
      conversationsLoading: false,
      conversationsError: null,
    });
    void get().markRead();
  }

  return {
    ...initialConversationsState,

    async loadConversations() {
      set({ conversationsLoading: true });
      settle(await list.first(get().conversations.length));
    },

    async loadMoreConversations() {
      const { conversations, conversationsLoading, conversationsTotal } = get();
      if (conversationsLoading || conversations.length >= conversationsTotal) return;
      set({ conversationsLoading: true });
      settle(await list.next(conversations));
    },

    async loadUnreadCount() {
      const result = await invoke('messages:list-conversations', { offset: 0, limit: 1, includeBlocked: false });
      if (result.ok) set({ unread: result.value.unread });
    },

    async setShowBlocked(showBlocked) {
      set({ showBlocked, conversationsLoading: true });
      settle(await list.first(get().conversations.length));
    },

    setViewing(viewing) {
      set({ viewing });
      if (!viewing) return get().releasePictures();
      void get().loadConversations();
      if (get().open.kind === 'thread') void get().reloadThread();
    },

    setWindowShown(windowShown) {
      set({ windowShown });
      if (windowShown) void get().markRead();
    },
  };
};
