import { create } from 'zustand';
import type { InvokeOutput } from '../../../shared/contract/invoke-channels';
import type { Voicemail } from '../../../shared/models/voicemail';
import { invoke } from '../../ipc/bridge';
import { blobOfBase64, type RecordingAudio } from '../media-blob';
import { createPagedList, type PagedAnswer } from '../paged-list';
import { translate } from '../../i18n/translate';

/** Voicemails fetched per voicemail:list request. */
const voicemailPageSize = 50;

export const playbackSpeeds = [1, 1.5, 2] as const;
export type PlaybackSpeed = (typeof playbackSpeeds)[number];

export interface VoicemailState {
  /** Newest first; the first pages only ("Show older voicemail" fetches more). */
  items: Voicemail[];
  total: number;
  loaded: boolean;
  loading: boolean;
  loadError: string | null;
  /** A change refused by main (mark played, delete), or a voicemail opened that is gone, in words. */
  changeError: string | null;
  /** Voicemails not played yet: the badge on the Voicemail tab. */
  unplayed: number;
  /** The voicemail whose player is open, and whether it should start playing at once. */
  selected: { id: string; autoPlay: boolean } | null;
  speed: PlaybackSpeed;
  /** The Voicemail view is on screen: only then does the list follow voicemail:changed. */
  viewing: boolean;
}

export interface VoicemailActions {
  /** The first pages again: as many voicemails as are shown, at least a page. */
  load(): Promise<void>;
  loadMore(): Promise<void>;
  /** voicemail:changed: the new badge count; the list on screen reloads. */
  receive(change: { unplayed: number }): void;
  /** The badge count at start, before any voicemail:changed. */
  loadUnplayedCount(): Promise<void>;
  /** The Voicemail view opened (true) or closed: opening it loads the list. */
  setViewing(viewing: boolean): void;
  /**
   * Opens a voicemail's player (a notification click or a search result, or Listen with `autoPlay`),
   * loading older pages until it is listed; changeError says so when it is no longer here.
   */
  open(id: string, options?: { autoPlay?: boolean }): void;
  close(): void;
  setPlayed(id: string, played: boolean): Promise<void>;
  /** Deletes here and on Twilio; false when main refused (changeError says why). */
  remove(id: string): Promise<boolean>;
  audioOf(id: string): Promise<RecordingAudio>;
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
  viewing: false,
};

type Store = VoicemailState & VoicemailActions;

export const useVoicemailStore = create<Store>()((set, get) => {
  const list = createPagedList<Voicemail, InvokeOutput<'voicemail:list'>>({
    pageSize: voicemailPageSize,
    keyOf: (item) => item.id,
    fetch: (offset, limit) => invoke('voicemail:list', { offset, limit }),
  });
  /** The voicemail open() is looking for while it is not listed yet. */
  let sought: string | null = null;

  /** The list as main answered it (the first pages, or one more); a refusal stops looking for `sought`. */
  function settle(result: PagedAnswer<InvokeOutput<'voicemail:list'>>) {
    if (result === null) return;
    if (!result.ok) {
      sought = null;
      return set({ loading: false, loadError: result.error.message });
    }
    const { items, total, unplayed } = result.value;
    set({ items, total, unplayed, loaded: true, loading: false, loadError: null });
    seek();
  }

  /** Shows the voicemail sought once it is listed: the next page while there are more, or says it is gone. */
  function seek() {
    const { items, total, loaded, loading, selected } = get();
    if (sought === null || !loaded || loading) return;
    if (selected?.id !== sought || items.some((item) => item.id === sought)) {
      sought = null;
      return;
    }
    if (items.length < total) return void get().loadMore();
    sought = null;
    set({ selected: null, changeError: translate('common.voicemailGone') });
  }

  return {
    ...initialVoicemailState,

    async load() {
      set({ loading: true });
      settle(await list.first(get().items.length));
    },

    async loadMore() {
      const { items, loading, total } = get();
      if (loading || items.length >= total) return;
      set({ loading: true });
      settle(await list.next(items));
    },

    receive({ unplayed }) {
      set({ unplayed });
      if (get().viewing) void get().load();
    },

    async loadUnplayedCount() {
      const result = await invoke('voicemail:list', { offset: 0, limit: 1 });
      if (result.ok) set({ unplayed: result.value.unplayed });
    },

    setViewing(viewing) {
      set({ viewing });
      if (viewing) void get().load();
    },

    open(id, { autoPlay = false } = {}) {
      sought = id;
      set({ selected: { id, autoPlay }, changeError: null });
      // Closed, the view loads the list when it opens, and looks on from there.
      if (get().viewing) seek();
    },

    close: () => set({ selected: null }),

    async setPlayed(id, played) {
      const result = await invoke('voicemail:set-played', { id, played });
      if (!result.ok) return set({ changeError: result.error.message });
      // The badge count comes with the voicemail:changed main sends.
      set((state) => ({
        items: state.items.map((item) => (item.id === id ? { ...item, played } : item)),
        changeError: null,
      }));
    },

    async remove(id) {
      const result = await invoke('voicemail:remove', { id });
      if (!result.ok) {
        set({ changeError: result.error.message });
        return false;
      }
      set((state) => {
        const shown = state.items.some((item) => item.id === id);
        return {
          items: state.items.filter((item) => item.id !== id),
          // Until the reload voicemail:changed brings, so that "Show older voicemail" does not flash.
          total: shown ? state.total - 1 : state.total,
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
            message: translate('common.voicemailRecordingDamaged'),
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
