import { create } from 'zustand';
import type { AppUpdateState } from '../../../shared/models/app-update';
import { invoke } from '../../ipc/bridge';

export interface AppUpdateStoreState {
  update: AppUpdateState | null;
  restarting: boolean;
  /** Why the last "Restart to update" was refused (a call is up, say), from main. */
  restartError: string | null;
}

export interface AppUpdateActions {
  load(): Promise<void>;
  receive(update: AppUpdateState): void;
  restart(): Promise<void>;
}

export const initialAppUpdateState: AppUpdateStoreState = { update: null, restarting: false, restartError: null };

type Store = AppUpdateStoreState & AppUpdateActions;

export const useAppUpdateStore = create<Store>()((set, get) => ({
  ...initialAppUpdateState,

  async load() {
    const result = await invoke('updates:get');
    if (result.ok) set({ update: result.value });
  },

  receive(update) {
    set({ update, restartError: null });
  },

  async restart() {
    if (get().restarting) return;
    set({ restarting: true, restartError: null });
    const result = await invoke('updates:restart');
    // On success Dialtone quits; the page stays only when main refused.
    set({ restarting: false, restartError: result.ok ? null : result.error.message });
  },
}));

export const selectors = {
  update: (state: Store) => state.update,
  restarting: (state: Store) => state.restarting,
  restartError: (state: Store) => state.restartError,
};
