import { create } from 'zustand';
import type { ContactListItem } from '../../../shared/models/contact';
import { invoke } from '../../ipc/bridge';

/** How many contacts a picker offers for what was typed. */
export const contactPickerLimit = 5;

export interface ContactPickerState {
  /** The query the matches are for ('' : none shown). */
  query: string;
  /** Contacts with a number, best first. */
  matches: ContactListItem[];
  error: string | null;
}

export interface ContactPickerActions {
  /** Finds contacts with a number for a name or digits; a newer search wins over a slower older one. */
  search(query: string): Promise<void>;
  clear(): void;
}

export const initialContactPickerState: ContactPickerState = { query: '', matches: [], error: null };

type Store = ContactPickerState & ContactPickerActions;

/** A small contact search for pickers outside the contacts view (the transfer dialog), separate from its list. */
export const useContactPickerStore = create<Store>()((set, get) => ({
  ...initialContactPickerState,

  async search(query) {
    const text = query.trim();
    set({ query: text });
    if (text === '') return set({ matches: [], error: null });
    const result = await invoke('contacts:search', { query: text, offset: 0, limit: contactPickerLimit });
    if (get().query !== text) return;
    if (!result.ok) return set({ matches: [], error: result.error.message });
    set({ matches: result.value.items.filter((item) => item.primaryNumber !== null), error: null });
  },

  clear: () => set(initialContactPickerState),
}));

export const selectors = {
  matches: (state: Store) => state.matches,
  error: (state: Store) => state.error,
};
