import { create } from 'zustand';
import type { AccountSummary } from '../../../shared/models/account';
import { invoke } from '../../ipc/bridge';

export interface AccountsState {
  accounts: AccountSummary[];
  loaded: boolean;
  loadError: string | null;
}

export interface AccountsActions {
  load(): Promise<void>;
  receive(accounts: AccountSummary[]): void;
}

export const initialAccountsState: AccountsState = {
  accounts: [],
  loaded: false,
  loadError: null,
};

export const useAccountsStore = create<AccountsState & AccountsActions>()((set) => ({
  ...initialAccountsState,

  async load() {
    const result = await invoke('accounts:list');
    if (result.ok) set({ accounts: result.value, loaded: true, loadError: null });
    else set({ loadError: result.error.message });
  },

  receive(accounts) {
    set({ accounts, loaded: true, loadError: null });
  },
}));

type Store = AccountsState & AccountsActions;

export const selectors = {
  accounts: (state: Store) => state.accounts,
  /** False while unknown, so nothing claims "no phone line" before the list has arrived. */
  hasNoAccount: (state: Store) => state.loaded && state.accounts.length === 0,
  loadError: (state: Store) => state.loadError,
};
