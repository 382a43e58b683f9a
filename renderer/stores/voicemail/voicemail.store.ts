import { create } from 'zustand';
import type { Voicemail } from '../../../shared/models/voicemail';
import { invoke } from '../../ipc/bridge';
import { blobOfBase64 } from './voicemail-audio';

/** Voicemails fetched per voicemail:list request. */
export const voicemailPageSize = 50;

export const playbackSpeeds = [1, 1.5, 2] as const;
export type PlaybackSpeed = (typeof playbackSpeeds)[number];

/** The recording's bytes for the player, or why they could not be had, in main's words. */
export type VoicemailAudio = { ok: true; blob: Blob } | { ok: false; message: string };

export interface VoicemailState {
  /** Newest first; the first pages only ("Show older voicemail" fetches more). */
  items: Voicemail[];
  total: number;
  loaded: boolean;
  loading: boolean;
  loadError: string | null;
  /** A change refused by main (mark played, delete), in its words. */
  changeError: string | null;
  /** Voicemails not played yet: the badge on the Voicemail tab. */
  unplayed: number;
  /** The voicemail whose player is open, and whether it should start playing at once. */
  selected: { id: string; autoPlay: boolean } | null;
  speed: PlaybackSpeed;
}

export interface VoicemailActions {
  load(): Promise<void>;
  loadMore(): Promise<void>;
  /** voicemail:changed: the new badge count; a list already loaded reloads. */
  receive(change: { unplayed: number }): void;
  /** The badge count at start, before any voicemail:changed. */
  loadUnplayedCount(): Promise<void>;
  /** Opens a voicemail's player (a notification click, or Listen with `autoPlay`). */
  open(id: string, options?: { autoPlay?: boolean }): void;
  close(): void;
  setPlayed(id: string, played: boolean): Promise<void>;
  /** Deletes here and on Twilio; false when main refused (changeError says why). */
  remove(id: string): Promise<boolean>;
  audioOf(id: string): Promise<VoicemailAudio>;
  setSpeed(speed: PlaybackSpeed): void;
  clearChangeError(): void;
}

export const initialVoicemailState: VoicemailState = {
  items: [],
  total: 0,
  loaded: false,
  loading: false,
  loadError: null,
  changeError: null,
  unplayed: 0,
  selected: null,
  speed: 1,
};

type Store = VoicemailState & VoicemailActions;

export const useVoicemailStore = create<Store>()((set, get) => {
  let latestLoad = 0;

  /** Loads the newest `count` voicemails; an older answer arriving late is dropped. */
  async function fetchFirst(count: number) {
    const load = ++latestLoad;
    set({ loading: true });
    const result = await invoke('voicemail:list', {
      offset: 0,
      limit: Math.min(500, Math.max(count, voicemailPageSize)),
    });
    if (load !== latestLoad) return;
    if (!result.ok) return set({ loading: false, loadError: result.error.message });
    const { items, total, unplayed } = result.value;
    set({ items, total, unplayed, loaded: true, loading: false, loadError: null });
  }

  return {
    ...initialVoicemailState,

    load: () => fetchFirst(get().items.length),

    async loadMore() {
      const { items, loading, total } = get();
      if (loading || items.length >= total) return;
      const load = ++latestLoad;
      set({ loading: true });
      const result = await invoke('voicemail:list', { offset: items.length, limit: voicemailPageSize });
      if (load !== latestLoad) return;
      if (!result.ok) return set({ loading: false, loadError: result.error.message });
      const known = new Set(items.map((item) => item.id));
      const older = result.value.items.filter((item) => !known.has(item.id));
      set({
        items: [...items, ...older],
        total: result.value.total,
        unplayed: result.value.unplayed,
        loading: false,
        loadError: null,
      });
    },

    receive({ unplayed }) {
      set({ unplayed });
      if (get().loaded) void fetchFirst(get().items.length);
    },

    async loadUnplayedCount() {
      const result = await invoke('voicemail:list', { offset: 0, limit: 1 });
      if (result.ok) set({ unplayed: result.value.unplayed });
    },

    open(id, { autoPlay = false } = {}) {
      set({ selected: { id, autoPlay } });
    },

    close: () => set({ selected: null }),

    async setPlayed(id, played) {
      const result = await invoke('voicemail:set-played', { id, played });
      if (!result.ok) return set({ changeError: result.error.message });
      set((state) => {
        const changed = state.items.some((item) => item.id === id && item.played !== played);
        return {
          items: state.items.map((item) => (item.id === id ? { ...item, played } : item)),
          unplayed: changed ? Math.max(0, state.unplayed + (played ? -1 : 1)) : state.unplayed,
          changeError: null,
        };
      });
    },

    async remove(id) {
      const result = await invoke('voicemail:remove', { id });
      if (!result.ok) {
        set({ changeError: result.error.message });
        return false;
      }
      set((state) => {
        const removed = state.items.find((item) => item.id === id);
        return {
          items: state.items.filter((item) => item.id !== id),
          total: removed ? Math.max(0, state.total - 1) : state.total,
          unplayed: removed && !removed.played ? Math.max(0, state.unplayed - 1) : state.unplayed,
          selected: state.selected?.id === id ? null : state.selected,
          changeError: null,
        };
      });
      return true;
    },

    async audioOf(id) {
      const result = await invoke('voicemail:get-audio', { id });
      if (!result.ok) return { ok: false, message: result.error.message };
      const blob = blobOfBase64(result.value.base64, result.value.contentType);
      return blob
        ? { ok: true, blob }
        : {
            ok: false,
            message: 'The saved recording is damaged. Delete this voicemail, or ask the caller to call again.',
          };
    },

    setSpeed: (speed) => set({ speed }),

    clearChangeError: () => set({ changeError: null }),
  };
});

export const selectors = {
  items: (state: Store) => state.items,
  total: (state: Store) => state.total,
  loaded: (state: Store) => state.loaded,
  loading: (state: Store) => state.loading,
  hasMore: (state: Store) => state.loaded && state.items.length < state.total,
  loadError: (state: Store) => state.loadError,
  changeError: (state: Store) => state.changeError,
  unplayed: (state: Store) => state.unplayed,
  selected: (state: Store) => state.selected,
  speed: (state: Store) => state.speed,
};
