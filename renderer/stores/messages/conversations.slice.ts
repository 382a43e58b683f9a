import type { Conversation } from '../../../shared/models/messages';
import { invoke } from '../../ipc/bridge';
import type { MessagesSliceCreator } from './messages-store-types';

/** Conversations fetched per messages:list-conversations request. */
export const conversationPageSize = 100;

export interface ConversationsState {
  /** Newest message first; the first pages only ("Show older conversations" fetches more). */
  conversations: Conversation[];
  conversationsTotal: number;
  /** True once `conversations` holds main's answer. */
  conversationsLoaded: boolean;
  conversationsLoading: boolean;
  conversationsError: string | null;
  /** Messages not read yet, in every conversation: the badge on the Messages tab. */
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
  unread: 0,
  viewing: false,
  windowShown: true,
};

export const createConversationsSlice: MessagesSliceCreator<ConversationsSlice> = (set, get) => {
  let latestLoad = 0;

  async function fetchFirst(count: number) {
    const load = ++latestLoad;
    set({ conversationsLoading: true });
    const limit = Math.min(500, Math.max(count, conversationPageSize));
    const result = await invoke('messages:list-conversations', { offset: 0, limit });
    if (load !== latestLoad) return;
    if (!result.ok) return set({ conversationsLoading: false, conversationsError: result.error.message });
    set({
      conversations: result.value.items,
      conversationsTotal: result.value.total,
      unread: result.value.unread,
      conversationsLoaded: true,
      conversationsLoading: false,
      conversationsError: null,
    });
    void get().markRead();
  }

  return {
    ...initialConversationsState,

    loadConversations: () => fetchFirst(get().conversations.length),

    async loadMoreConversations() {
      const { conversations, conversationsLoading, conversationsTotal } = get();
      if (conversationsLoading || conversations.length >= conversationsTotal) return;
      const load = ++latestLoad;
      set({ conversationsLoading: true });
      const result = await invoke('messages:list-conversations', {
        offset: conversations.length,
        limit: conversationPageSize,
      });
      if (load !== latestLoad) return;
      if (!result.ok) return set({ conversationsLoading: false, conversationsError: result.error.message });
      const known = new Set(conversations.map((conversation) => conversation.remoteNumber));
      const older = result.value.items.filter((conversation) => !known.has(conversation.remoteNumber));
      set({
        conversations: [...conversations, ...older],
        conversationsTotal: result.value.total,
        unread: result.value.unread,
        conversationsLoading: false,
        conversationsError: null,
      });
    },

    async loadUnreadCount() {
      const result = await invoke('messages:list-conversations', { offset: 0, limit: 1 });
      if (result.ok) set({ unread: result.value.unread });
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
