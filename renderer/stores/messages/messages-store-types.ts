import type { StateCreator } from 'zustand';
import type { ConversationsSlice } from './conversations.slice';
import type { MessageComposerSlice } from './message-composer.slice';
import type { MessagePicturesSlice } from './message-pictures.slice';
import type { InboxSearchSlice } from './inbox-search.slice';
import type { ThreadSlice } from './thread.slice';

export interface MessagesEvents {
  /**
   * messages:changed: the new unread total; when messages changed (`remoteNumbers` not empty), the list on
   * screen and the open thread (when listed) reload.
   */
  receive(change: { unread: number; remoteNumbers: string[] }): void;
}

export type MessagesStore = ConversationsSlice &
  ThreadSlice &
  MessageComposerSlice &
  MessagePicturesSlice &
  InboxSearchSlice &
  MessagesEvents;

/** One part of the messages store: its own state and actions, seeing the whole store. */
export type MessagesSliceCreator<Slice> = StateCreator<MessagesStore, [], [], Slice>;
