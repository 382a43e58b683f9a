import { create } from 'zustand';
import type { ContactListItem } from '../../../shared/models/contact';
import { toDialTarget } from '../../../shared/phone/phone-number';
import { invoke } from '../../ipc/bridge';
import { selectors as accountSelectors, useAccountsStore } from '../accounts/accounts.store';
import { draftOf } from '../contacts/contact-detail.slice';
import { dialCountry, fieldTextFor, useDialerStore } from '../dialer/dialer.store';
import { recentNumbers, suggestionQuery, type RecentNumber } from './people-lists';

export const maxFavourites = 12;
export const maxRecents = 8;
export const maxSuggestions = 6;
/** Pause in typing before contacts are searched: typing itself never waits for the search. */
export const suggestDebounceMs = 120;
/** Calls read to find the distinct recent numbers. */
const recentCallsRead = 60;

export interface DialerPeopleState {
  favourites: ContactListItem[];
  recents: RecentNumber[];
  /** Contacts matching the number field, best first; empty when there are none or nothing to search. */
  suggestions: ContactListItem[];
  /** The field text the suggestions are for. */
  suggestionsFor: string;
  /** Field text whose suggestions are closed (Escape, a suggestion chosen, focus gone) until the text changes. */
  dismissedFor: string | null;
  /** A failure in main's words: loading the lists, searching, or calling a contact. */
  peopleError: string | null;
  loaded: boolean;
}

export interface DialerPeopleActions {
  /** Loads favourites and recent calls. */
  load(): Promise<void>;
  /** Contacts or history changed: loads the lists again if the dialer has shown them. */
  reloadIfLoaded(): void;
  /** The number field changed: contacts are searched after a short pause in typing. */
  suggest(input: string): void;
  /** Closes the suggestions for this field text. */
  dismiss(input: string): void;
  /** Calls the contact on its first number, else its first SIP address. */
  callContact(id: string): Promise<void>;
  /** Shows the contact's first number (or SIP address) in the number field, without calling. */
  fillContact(id: string): Promise<void>;
  callRecent(recent: RecentNumber): Promise<void>;
  setFavourite(id: string, favourite: boolean): Promise<void>;
}

export const initialDialerPeopleState: DialerPeopleState = {
  favourites: [],
  recents: [],
  suggestions: [],
  suggestionsFor: '',
  dismissedFor: null,
  peopleError: null,
  loaded: false,
};

type Store = DialerPeopleState & DialerPeopleActions;

function dialTarget(text: string) {
  return toDialTarget(text, dialCountry(), accountSelectors.lineDomain(useAccountsStore.getState()));
}

export const useDialerPeopleStore = create<Store>()((set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latestSearch = 0;

  /** The text to dial for a contact: its first number, else its first SIP address. */
  async function contactNumber(id: string): Promise<string | null> {
    const result = await invoke('contacts:get', { id });
    if (!result.ok) {
      set({ peopleError: result.error.message });
      return null;
    }
    return result.value.phones[0]?.e164 ?? result.value.phones[0]?.number ?? result.value.sipAddresses[0] ?? null;
  }

  async function search(input: string, query: string) {
    const search = ++latestSearch;
    const result = await invoke('contacts:search', { query, offset: 0, limit: maxSuggestions });
    if (search !== latestSearch) return;
    if (result.ok) set({ suggestions: result.value.items, suggestionsFor: input });
    else set({ suggestions: [], suggestionsFor: input, peopleError: result.error.message });
  }

  return {
    ...initialDialerPeopleState,

    async load() {
      const [contacts, history] = await Promise.all([
        invoke('contacts:search', { query: '', offset: 0, limit: maxFavourites }),
        invoke('history:list', { filter: 'all', offset: 0, limit: recentCallsRead }),
      ]);
      const failed = !contacts.ok ? contacts.error.message : !history.ok ? history.error.message : null;
      set({
        favourites: contacts.ok ? contacts.value.items.filter((item) => item.favourite) : get().favourites,
        recents: history.ok ? recentNumbers(history.value.items, maxRecents) : get().recents,
        peopleError: failed,
        loaded: true,
      });
    },

    reloadIfLoaded() {
      if (get().loaded) void get().load();
    },

    suggest(input) {
      clearTimeout(timer);
      const query = suggestionQuery(input);
      if (get().dismissedFor === input) return;
      if (get().dismissedFor !== null) set({ dismissedFor: null });
      if (query === null) {
        latestSearch++;
        set({ suggestions: [], suggestionsFor: input });
        return;
      }
      timer = setTimeout(() => void search(input, query), suggestDebounceMs);
    },

    dismiss(input) {
      clearTimeout(timer);
      latestSearch++;
      set({ dismissedFor: input });
    },

    async callContact(id) {
      const number = await contactNumber(id);
      const target = number === null ? null : dialTarget(number);
      if (target?.ok) await useDialerStore.getState().callNow({ target: target.target, display: target.display });
    },

    async fillContact(id) {
      const number = await contactNumber(id);
      const target = number === null ? null : dialTarget(number);
      if (!target?.ok) return;
      const shown = { target: target.target, display: target.display };
      // The contact's own number would suggest the contact again: closed until the text changes.
      set({ dismissedFor: fieldTextFor(shown, dialCountry()) });
      useDialerStore.getState().fill(shown);
    },

    async callRecent(recent) {
      const target = dialTarget(recent.number);
      if (target.ok) await useDialerStore.getState().callNow({ target: target.target, display: target.display });
    },

    async setFavourite(id, favourite) {
      const contact = await invoke('contacts:get', { id });
      const saved = contact.ok
        ? await invoke('contacts:save', { id, contact: { ...draftOf(contact.value), favourite } })
        : contact;
      if (!saved.ok) set({ peopleError: saved.error.message });
      else
        set((state) => ({
          suggestions: state.suggestions.map((item) => (item.id === id ? { ...item, favourite } : item)),
        }));
      await get().load();
    },
  };
});

export const selectors = {
  favourites: (state: Store) => state.favourites,
  recents: (state: Store) => state.recents,
  suggestions: (state: Store) => state.suggestions,
  suggestionsFor: (state: Store) => state.suggestionsFor,
  dismissedFor: (state: Store) => state.dismissedFor,
  peopleError: (state: Store) => state.peopleError,
  loaded: (state: Store) => state.loaded,
};
