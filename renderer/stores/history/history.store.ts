import { create } from 'zustand';
import type { CallRecording } from '../../../shared/models/call-recording';
import type { HistoryEntry, HistoryFilter } from '../../../shared/models/history';
import type { InvokeOutput } from '../../../shared/contract/invoke-channels';
import { invoke } from '../../ipc/bridge';
import { blobOfBase64, type RecordingAudio } from '../media-blob';
import { createPagedList } from '../paged-list';
import { matchesFilter } from './history-filter';
import { translate } from '../../i18n/translate';

/** Calls fetched per history:list request. */
export const historyPageSize = 100;

export interface HistoryState {
  filter: HistoryFilter;
  /** The calls shown, newest first; the first pages only ("Show older calls" fetches more). */
  entries: HistoryEntry[];
  total: number;
  /** True once the entries are those of `filter`. */
  loaded: boolean;
  loading: boolean;
  loadError: string | null;
  /** A removal or clearing refused, in main's words. */
  changeError: string | null;
  /** Missed calls not seen yet: the badge on the History tab. */
  missedUnseen: number;
  /** The History view is on screen, so new missed calls count as seen. */
  viewing: boolean;
}

export interface HistoryActions {
  load(): Promise<void>;
  loadMore(): Promise<void>;
  setFilter(filter: HistoryFilter): Promise<void>;
  /** history:changed: the new badge count; the list on screen reloads. */
  receive(change: { missedUnseen: number }): void;
  /** The badge count at start, before any history:changed. */
  loadMissedCount(): Promise<void>;
  /** The History view opened (true) or closed: opening it marks missed calls as seen. */
  setViewing(viewing: boolean): void;
  markSeen(): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<boolean>;
  /** The call's recordings at Twilio (none off Twilio), or why they could not be had, in main's words. */
  recordingsOf(id: string): Promise<{ ok: true; recordings: CallRecording[] } | { ok: false; message: string }>;
  /** One of them, downloaded by main, for the player. */
  recordingAudioOf(id: string, recordingId: string): Promise<RecordingAudio>;
}

export const initialHistoryState: HistoryState = {
  filter: 'all',
  entries: [],
  total: 0,
  loaded: false,
  loading: false,
  loadError: null,
  changeError: null,
  missedUnseen: 0,
  viewing: false,
};

type Store = HistoryState & HistoryActions;

export const useHistoryStore = create<Store>()((set, get) => {
  const list = createPagedList<HistoryEntry, InvokeOutput<'history:list'>>({
    pageSize: historyPageSize,
    keyOf: (entry) => entry.id,
    fetch: (offset, limit) => invoke('history:list', { filter: get().filter, offset, limit }),
  });

  /** Loads the first `count` calls of the current filter. */
  async function fetchFirst(count: number) {
    set({ loading: true });
    const result = await list.first(count);
    if (result === null) return;
    if (!result.ok) return set({ loading: false, loadError: result.error.message });
    set({ entries: result.value.items, total: result.value.total, loaded: true, loading: false, loadError: null });
  }

  return {
    ...initialHistoryState,

    load: () => fetchFirst(historyPageSize),

    async loadMore() {
      const { entries, loading, total } = get();
      if (loading || entries.length >= total) return;
      set({ loading: true });
      const result = await list.next(entries);
      if (result === null) return;
      if (!result.ok) return set({ loading: false, loadError: result.error.message });
      set({ entries: result.value.items, total: result.value.total, loading: false, loadError: null });
    },

    async setFilter(filter) {
      if (filter === get().filter && get().loaded) return;
      // What is already here shows at once under the new filter, until main's answer replaces it.
      set((state) => ({
        filter,
        entries: state.entries.filter((entry) => matchesFilter(entry, filter)),
        loaded: false,
      }));
      await fetchFirst(historyPageSize);
    },

    receive({ missedUnseen }) {
      set({ missedUnseen });
      const { viewing, entries } = get();
      if (!viewing) return set({ loaded: false });
      if (missedUnseen > 0) void get().markSeen();
      void fetchFirst(entries.length);
    },

    async loadMissedCount() {
      const result = await invoke('history:list', { filter: 'missed', offset: 0, limit: 100 });
      if (result.ok) set({ missedUnseen: result.value.items.filter((entry) => !entry.seen).length });
    },

    setViewing(viewing) {
      set({ viewing });
      if (viewing) void get().markSeen();
    },

    async markSeen() {
      const result = await invoke('history:mark-seen');
      if (result.ok) set({ missedUnseen: 0 });
    },

    async remove(id) {
      const result = await invoke('history:remove', { id });
      if (!result.ok) return set({ changeError: result.error.message });
      set((state) => ({
        entries: state.entries.filter((entry) => entry.id !== id),
        total: Math.max(0, state.total - 1),
        changeError: null,
      }));
    },

    async clear() {
      const result = await invoke('history:clear');
      if (!result.ok) {
        set({ changeError: result.error.message });
        return false;
      }
      list.drop();
      set({ entries: [], total: 0, changeError: null, missedUnseen: 0, loading: false });
      return true;
    },

    async recordingsOf(id) {
      const result = await invoke('history:recordings', { id });
      return result.ok ? { ok: true, recordings: result.value } : { ok: false, message: result.error.message };
    },

    async recordingAudioOf(id, recordingId) {
      const result = await invoke('history:recording-audio', { id, recordingId });
      if (!result.ok) return { ok: false, message: result.error.message };
      const blob = blobOfBase64(result.value.base64, result.value.contentType);
      return blob ? { ok: true, blob } : { ok: false, message: translate('common.callRecordingDamaged') };
    },
  };
});

export const selectors = {
  filter: (state: Store) => state.filter,
  entries: (state: Store) => state.entries,
  total: (state: Store) => state.total,
  loaded: (state: Store) => state.loaded,
  loading: (state: Store) => state.loading,
  hasMore: (state: Store) => state.loaded && state.entries.length < state.total,
  loadError: (state: Store) => state.loadError,
  changeError: (state: Store) => state.changeError,
  missedUnseen: (state: Store) => state.missedUnseen,
};
