import { create } from 'zustand';
import type { InboxStatus } from '../../../shared/models/inbox';
import { invoke } from '../../ipc/bridge';

export interface InboxStatusState {
  status: InboxStatus;
  /** A failed Sync now, in words. */
  syncError: string | null;
}

export interface InboxStatusActions {
  load(): Promise<void>;
  receive(status: InboxStatus): void;
  syncNow(): Promise<void>;
}

export const initialInboxStatusState: InboxStatusState = {
  status: { available: false, syncing: false, lastSyncedAt: null, problem: null },
  syncError: null,
};

/** Whether voicemail and messages sync from Twilio, and how the last sync went (shown in both views). */
export const useInboxStatusStore = create<InboxStatusState & InboxStatusActions>()((set) => ({
  ...initialInboxStatusState,

  async load() {
    const result = await invoke('inbox:get-status');
    if (result.ok) set({ status: result.value });
  },

  receive(status) {
    set({ status });
  },

  async syncNow() {
    set((state) => ({ status: { ...state.status, syncing: true }, syncError: null }));
    const result = await invoke('inbox:sync-now');
    if (result.ok) set({ status: result.value });
    else set((state) => ({ status: { ...state.status, syncing: false }, syncError: result.error.message }));
  },
}));

type Store = InboxStatusState & InboxStatusActions;

export const selectors = {
  status: (state: Store) => state.status,
  syncError: (state: Store) => state.syncError,
};
