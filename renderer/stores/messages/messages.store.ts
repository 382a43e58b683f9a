import { create } from 'zustand';
import { createConversationsSlice, initialConversationsState } from './conversations.slice';
import { createInboxSearchSlice, initialInboxSearchState } from './inbox-search.slice';
import { createMessageComposerSlice, draftKeyOf, initialMessageComposerState } from './message-composer.slice';
import { createMessagePicturesSlice, initialMessagePicturesState } from './message-pictures.slice';
import type { MessagesStore } from './messages-store-types';
import { createThreadSlice, initialThreadState } from './thread.slice';

export type { MessagesStore } from './messages-store-types';
export type { OpenConversation } from './thread.slice';
export type { SendStatus } from './message-composer.slice';
export type { PictureState } from './message-pictures.slice';
// The slices are reached through this file only.
export { draftProblem, recipientLengthLimit } from './message-composer.slice';
export { inboxSearchDebounceMs, searchQueryLimit } from './inbox-search.slice';

export const initialMessagesState = {
  ...initialConversationsState,
  ...initialThreadState,
  ...initialMessageComposerState,
  ...initialMessagePicturesState,
  ...initialInboxSearchState,
};

/** Text messages: the conversations, the open thread and its draft, received pictures, and inbox search. */
export const useMessagesStore = create<MessagesStore>()((...args) => {
  const [set, get] = args;
  return {
    ...createConversationsSlice(...args),
    ...createThreadSlice(...args),
    ...createMessageComposerSlice(...args),
    ...createMessagePicturesSlice(...args),
    ...createInboxSearchSlice(...args),

    receive({ unread, remoteNumbers }) {
      set({ unread });
      const { viewing, open } = get();
      // No remote number: only counts changed (a conversation was read), and the badge is all that follows.
      if (!viewing || remoteNumbers.length === 0) return;
      void get().loadConversations();
      if (open.kind === 'thread' && remoteNumbers.includes(open.remoteNumber)) void get().reloadThread();
    },
  };
});

const noDraft = '';

export const selectors = {
  unread: (state: MessagesStore) => state.unread,
  conversations: (state: MessagesStore) => state.conversations,
  conversationsLoaded: (state: MessagesStore) => state.conversationsLoaded,
  conversationsLoading: (state: MessagesStore) => state.conversationsLoading,
  conversationsError: (state: MessagesStore) => state.conversationsError,
  blockedConversations: (state: MessagesStore) => state.blockedConversations,
  showBlocked: (state: MessagesStore) => state.showBlocked,
  hasMoreConversations: (state: MessagesStore) =>
    state.conversationsLoaded && state.conversations.length < state.conversationsTotal,
  open: (state: MessagesStore) => state.open,
  /** The open conversation as listed (its contact's name, unread count); undefined for a new one. */
  openListing: ({ open, conversations }: MessagesStore) =>
    open.kind === 'thread' ? conversations.find((item) => item.remoteNumber === open.remoteNumber) : undefined,
  thread: (state: MessagesStore) => state.thread,
  threadHasOlder: (state: MessagesStore) => state.threadHasOlder,
  threadStatus: (state: MessagesStore) => state.threadStatus,
  loadingOlder: (state: MessagesStore) => state.loadingOlder,
  threadError: (state: MessagesStore) => state.threadError,
  draft: (state: MessagesStore) => {
    const key = draftKeyOf(state.open);
    return key === null ? noDraft : (state.drafts[key] ?? noDraft);
  },
  /** How the last send in the open conversation went. */
  sendStatus: (state: MessagesStore) => {
    const key = draftKeyOf(state.open);
    const status = state.sendStatus;
    return status.status === 'idle' || status.draftKey === key ? status : initialMessageComposerState.sendStatus;
  },
  picture: (mediaId: string) => (state: MessagesStore) => state.pictures[mediaId],
  searchQuery: (state: MessagesStore) => state.searchQuery,
  searchedQuery: (state: MessagesStore) => state.searchedQuery,
  searchResults: (state: MessagesStore) => state.searchResults,
  searchStatus: (state: MessagesStore) => state.searchStatus,
  searchError: (state: MessagesStore) => state.searchError,
};
