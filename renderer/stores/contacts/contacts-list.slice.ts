import { invoke } from '../../ipc/bridge';
import { contactPageSize, missingPages, pagesFor, withPage, type ContactPages } from './contact-pages';
import type { ContactsSliceCreator } from './contacts-store-types';

/** Pause in typing before the search runs. */
export const searchDebounceMs = 100;

export interface ContactsListState {
  /** What the search field shows. */
  query: string;
  /** The search the rows are for; lags `query` while a search is on its way. */
  shownQuery: string;
  /** How many contacts match `shownQuery`. */
  total: number;
  pages: ContactPages;
  /** Grows with every new set of rows (another search, or contacts changed). */
  generation: number;
  /** 'idle' until the list is first opened. */
  listStatus: 'idle' | 'loading' | 'ready';
  listError: string | null;
}

export interface ContactsListActions {
  /** Loads the first rows, unless the list has been loaded before. */
  openList(): Promise<void>;
  /** The search field changed: the search runs after a short pause in typing. */
  setQuery(text: string): void;
  /** Runs the search in the field now. */
  searchNow(): Promise<void>;
  /** Rows `start`..`end` are on screen: loads the pages they need. */
  showRows(start: number, end: number): void;
  /** The same search again, keeping the rows on screen where they are. */
  reloadList(): Promise<void>;
}

export type ContactsListSlice = ContactsListState & ContactsListActions;

export const initialContactsListState: ContactsListState = {
  query: '',
  shownQuery: '',
  total: 0,
  pages: {},
  generation: 0,
  listStatus: 'idle',
  listError: null,
};

const search = (query: string, page: number) =>
  invoke('contacts:search', { query, offset: page * contactPageSize, limit: contactPageSize });

export const createContactsListSlice: ContactsSliceCreator<ContactsListSlice> = (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = new Set<number>();
  let visible = { start: 0, end: contactPageSize - 1 };
  let latestLoad = 0;

  /** Replaces every row at once with the pages around `visible`, so a new search never shows a mix. */
  async function load(query: string, keepPosition: boolean) {
    const load = ++latestLoad;
    inFlight = new Set();
    if (!keepPosition) visible = { start: 0, end: contactPageSize - 1 };
    if (get().listStatus === 'idle') set({ listStatus: 'loading' });
    const numbers = pagesFor(visible.start, visible.end);
    const results = await Promise.all(numbers.map((page) => search(query, page)));
    if (load !== latestLoad) return;
    let pages: ContactPages = {};
    let total = 0;
    for (const [at, result] of results.entries()) {
      if (!result.ok) {
        set({ listError: result.error.message, listStatus: 'ready' });
        return;
      }
      pages = withPage(pages, numbers[at] ?? 0, result.value.items);
      total = result.value.total;
    }
    set((state) => ({
      pages,
      total,
      shownQuery: query,
      generation: state.generation + 1,
      listStatus: 'ready',
      listError: null,
    }));
  }

  async function loadPage(page: number) {
    const { generation, shownQuery } = get();
    const flight = inFlight;
    flight.add(page);
    const result = await search(shownQuery, page);
    flight.delete(page);
    if (get().generation !== generation || flight !== inFlight) return;
    if (!result.ok) return set({ listError: result.error.message });
    set((state) => ({ pages: withPage(state.pages, page, result.value.items), total: result.value.total }));
  }

  return {
    ...initialContactsListState,

    async openList() {
      if (get().listStatus === 'idle') await load(get().query.trim(), false);
    },

    setQuery(text) {
      set({ query: text });
      clearTimeout(timer);
      timer = setTimeout(() => void get().searchNow(), searchDebounceMs);
    },

    async searchNow() {
      clearTimeout(timer);
      await load(get().query.trim(), false);
    },

    showRows(start, end) {
      visible = { start, end };
      if (get().listStatus !== 'ready') return;
      for (const page of missingPages(get().pages, inFlight, start, end)) void loadPage(page);
    },

    async reloadList() {
      if (get().listStatus !== 'idle') await load(get().shownQuery, true);
    },
  };
};
