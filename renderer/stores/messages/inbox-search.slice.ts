import type { InboxSearchHit } from '../../../shared/models/inbox';
import { invoke } from '../../ipc/bridge';
import type { MessagesSliceCreator } from './messages-store-types';

/** Pause in typing before the search runs. */
export const inboxSearchDebounceMs = 250;
/** Results shown for one search. */
const inboxSearchLimit = 50;
/** The longest search inbox:search takes (its contract's limit). */
export const searchQueryLimit = 200;

export interface InboxSearchState {
  /** What the search field shows. */
  searchQuery: string;
  /** The search the results are for; '' when none has run. */
  searchedQuery: string;
  searchResults: InboxSearchHit[];
  searchStatus: 'idle' | 'searching' | 'ready';
  searchError: string | null;
}

export interface InboxSearchActions {
  /** The search field changed: the search runs after a short pause in typing. */
  setSearchQuery(text: string): void;
  /** Runs the search in the field now. */
  searchNow(): Promise<void>;
  clearSearch(): void;
}

export type InboxSearchSlice = InboxSearchState & InboxSearchActions;

export const initialInboxSearchState: InboxSearchState = {
  searchQuery: '',
  searchedQuery: '',
  searchResults: [],
  searchStatus: 'idle',
  searchError: null,
};

export const createInboxSearchSlice: MessagesSliceCreator<InboxSearchSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latestSearch = 0;

  return {
    ...initialInboxSearchState,

    setSearchQuery(text) {
      clearTimeout(timer);
      if (text.trim() === '') return get().clearSearch();
      set({ searchQuery: text, searchStatus: 'searching' });
      timer = setTimeout(() => void get().searchNow(), inboxSearchDebounceMs);
    },

    async searchNow() {
      clearTimeout(timer);
      const query = get().searchQuery.trim();
      if (query === '') return get().clearSearch();
      const search = ++latestSearch;
      set({ searchStatus: 'searching' });
      const result = await invoke('inbox:search', { query, limit: inboxSearchLimit });
      if (search !== latestSearch) return;
      if (!result.ok) return set({ searchStatus: 'ready', searchError: result.error.message, searchResults: [] });
      set({ searchResults: result.value.items, searchedQuery: query, searchStatus: 'ready', searchError: null });
    },

    clearSearch() {
      clearTimeout(timer);
      latestSearch++;
      set(initialInboxSearchState);
    },
  };
};
