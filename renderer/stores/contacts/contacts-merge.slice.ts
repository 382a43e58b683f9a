import type { InvokeOutput } from '../../../shared/contract/invoke-channels';
import { invoke } from '../../ipc/bridge';
import { busy, failed, idle, type ChangeStatus, type ContactsSliceCreator } from './contacts-store-types';

/** Contacts that share a number, offered for merging. */
export type MergeSuggestion = InvokeOutput<'contacts:merge-suggestions'>[number];

export interface ContactsMergeState {
  suggestions: MergeSuggestion[];
  suggestionsLoaded: boolean;
  /** Numbers whose suggestion the person put aside ("Not now"), for this session. */
  dismissed: string[];
  mergeStatus: ChangeStatus;
}

export interface ContactsMergeActions {
  loadSuggestions(): Promise<void>;
  /** Merges every contact of the suggestion into the one kept (a favourite, else the first). */
  merge(suggestion: MergeSuggestion): Promise<boolean>;
  dismiss(number: string): void;
}

export type ContactsMergeSlice = ContactsMergeState & ContactsMergeActions;

export const initialContactsMergeState: ContactsMergeState = {
  suggestions: [],
  suggestionsLoaded: false,
  dismissed: [],
  mergeStatus: idle,
};

/** The contact that stays: a favourite when there is one, else the first. */
export function keptContact(suggestion: MergeSuggestion) {
  return suggestion.contacts.find((contact) => contact.favourite) ?? suggestion.contacts[0];
}

export const createContactsMergeSlice: ContactsSliceCreator<ContactsMergeSlice> = (set, get) => ({
  ...initialContactsMergeState,

  async loadSuggestions() {
    const result = await invoke('contacts:merge-suggestions');
    if (result.ok) set({ suggestions: result.value, suggestionsLoaded: true });
  },

  async merge(suggestion) {
    const keep = keptContact(suggestion);
    if (!keep) return false;
    set({ mergeStatus: busy });
    for (const other of suggestion.contacts) {
      if (other.id === keep.id) continue;
      const result = await invoke('contacts:merge', { keepId: keep.id, mergeId: other.id });
      if (!result.ok) {
        set({ mergeStatus: failed(result.error.message) });
        void get().loadSuggestions();
        return false;
      }
    }
    set((state) => ({
      mergeStatus: idle,
      suggestions: state.suggestions.filter((item) => item.number !== suggestion.number),
    }));
    void get().loadSuggestions();
    void get().reloadList();
    if (suggestion.contacts.some((contact) => contact.id === get().selectedId)) void get().select(keep.id);
    return true;
  },

  dismiss(number) {
    set((state) => ({ dismissed: [...state.dismissed, number] }));
  },
});
