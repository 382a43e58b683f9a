import { create } from 'zustand';
import { contactPageSize, itemAt } from './contact-pages';
import { createContactDetailSlice, initialContactDetailState } from './contact-detail.slice';
import { createContactsImportSlice, initialContactsImportState } from './contacts-import.slice';
import { createContactsListSlice, initialContactsListState } from './contacts-list.slice';
import { createContactsMergeSlice, initialContactsMergeState } from './contacts-merge.slice';
import type { ContactsStore } from './contacts-store-types';

export type { ChangeStatus, ContactsStore } from './contacts-store-types';
export type { ContactEditor } from './contact-detail.slice';
export type { ImportFile, ImportStep, ImportPreview } from './contacts-import.slice';
export type { MergeSuggestion } from './contacts-merge.slice';
// The slices are reached through this file only: app/route-events.ts imports it, and it imports the slices.
export { searchDebounceMs } from './contacts-list.slice';

export const initialContactsState = {
  ...initialContactsListState,
  ...initialContactDetailState,
  ...initialContactsMergeState,
  ...initialContactsImportState,
};

/** The address book: the searched list in pages, the open contact, its form, merging, import and export. */
export const useContactsStore = create<ContactsStore>()((...args) => {
  const [, get] = args;
  return {
    ...createContactsListSlice(...args),
    ...createContactDetailSlice(...args),
    ...createContactsMergeSlice(...args),
    ...createContactsImportSlice(...args),

    changed() {
      const state = get();
      void state.reloadList();
      void state.refreshSelected();
      if (state.suggestionsLoaded) void state.loadSuggestions();
    },
  };
});

export const selectors = {
  query: (state: ContactsStore) => state.query,
  shownQuery: (state: ContactsStore) => state.shownQuery,
  /** A search is waiting for the pause in typing or for its answer. */
  searching: (state: ContactsStore) => state.query.trim() !== state.shownQuery,
  total: (state: ContactsStore) => state.total,
  generation: (state: ContactsStore) => state.generation,
  pages: (state: ContactsStore) => state.pages,
  /** The row at an index, undefined while its page loads. */
  row: (index: number) => (state: ContactsStore) => itemAt(state.pages, index, contactPageSize),
  listStatus: (state: ContactsStore) => state.listStatus,
  listError: (state: ContactsStore) => state.listError,
  /** Loaded, and there are no contacts at all (not merely none matching a search). */
  isEmpty: (state: ContactsStore) =>
    state.listStatus === 'ready' && state.listError === null && state.total === 0 && state.shownQuery === '',
  selectedId: (state: ContactsStore) => state.selectedId,
  selected: (state: ContactsStore) => state.selected,
  detailError: (state: ContactsStore) => state.detailError,
  editor: (state: ContactsStore) => state.editor,
  saveStatus: (state: ContactsStore) => state.saveStatus,
  removeStatus: (state: ContactsStore) => state.removeStatus,
  /** Suggestions not put aside (a new array: use with useShallow). */
  suggestions: (state: ContactsStore) => state.suggestions.filter((item) => !state.dismissed.includes(item.number)),
  mergeStatus: (state: ContactsStore) => state.mergeStatus,
  importStep: (state: ContactsStore) => state.importStep,
  exportStatus: (state: ContactsStore) => state.exportStatus,
};
