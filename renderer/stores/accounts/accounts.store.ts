import { create } from 'zustand';
import type { AccountSummary, SaveAccountInput } from '../../../shared/models/account';
import { invoke } from '../../ipc/bridge';

/** A save or a removal in progress or refused; the message comes from main and names what to fix. */
export type AccountChange = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; message: string };

export interface AccountsState {
  accounts: AccountSummary[];
  loaded: boolean;
  loadError: string | null;
  saveStatus: AccountChange;
  removeStatus: AccountChange;
}

export interface AccountsActions {
  load(): Promise<void>;
  receive(accounts: AccountSummary[]): void;
  /** Adds (no id) or updates an account; resolves to the saved account, or null when refused. */
  save(input: SaveAccountInput): Promise<AccountSummary | null>;
  /** Removes an account and its saved password; resolves to whether it is gone. */
  remove(id: string): Promise<boolean>;
  /** Forgets a refused save or removal, when its form or dialog opens again. */
  clearChangeErrors(): void;
}

const idle: AccountChange = { status: 'idle' };

export const initialAccountsState: AccountsState = {
  accounts: [],
  loaded: false,
  loadError: null,
  saveStatus: idle,
  removeStatus: idle,
};

function upsert(accounts: AccountSummary[], saved: AccountSummary): AccountSummary[] {
  const known = accounts.some((account) => account.id === saved.id);
  return known ? accounts.map((account) => (account.id === saved.id ? saved : account)) : [...accounts, saved];
}

export const useAccountsStore = create<AccountsState & AccountsActions>()((set, get) => ({
  ...initialAccountsState,

  async load() {
    const result = await invoke('accounts:list');
    if (result.ok) set({ accounts: result.value, loaded: true, loadError: null });
    else set({ loadError: result.error.message });
  },

  receive(accounts) {
    set({ accounts, loaded: true, loadError: null });
  },

  async save(input) {
    set({ saveStatus: { status: 'busy' } });
    const result = await invoke('accounts:save', input);
    if (!result.ok) {
      set({ saveStatus: { status: 'failed', message: result.error.message } });
      return null;
    }
    // The accounts:changed event brings the same list; this shows the account without waiting for it.
    set({ accounts: upsert(get().accounts, result.value), loaded: true, saveStatus: idle });
    return result.value;
  },

  async remove(id) {
    set({ removeStatus: { status: 'busy' } });
    const result = await invoke('accounts:remove', { id });
    if (!result.ok) {
      set({ removeStatus: { status: 'failed', message: result.error.message } });
      return false;
    }
    set({ accounts: get().accounts.filter((account) => account.id !== id), removeStatus: idle });
    return true;
  },

  clearChangeErrors() {
    set({ saveStatus: idle, removeStatus: idle });
  },
}));

type Store = AccountsState & AccountsActions;

export const selectors = {
  accounts: (state: Store) => state.accounts,
  loaded: (state: Store) => state.loaded,
  /** False while unknown, so nothing claims "no phone line" before the list has arrived. */
  hasNoAccount: (state: Store) => state.loaded && state.accounts.length === 0,
  /** The SIP domain of the line calls go out on (main's choice: the first enabled account with a password), or null. */
  lineDomain: (state: Store): string | null => {
    const line = state.accounts.find((account) => account.enabled && account.hasPassword);
    return line ? line.sipAddress.slice(line.sipAddress.indexOf('@') + 1) : null;
  },
  loadError: (state: Store) => state.loadError,
  saveStatus: (state: Store) => state.saveStatus,
  removeStatus: (state: Store) => state.removeStatus,
  save: (state: Store) => state.save,
  remove: (state: Store) => state.remove,
  clearChangeErrors: (state: Store) => state.clearChangeErrors,
};
