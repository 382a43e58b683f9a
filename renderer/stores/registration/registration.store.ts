import { create } from 'zustand';
import type { RegistrationState } from '../../../shared/models/registration';
import { invoke } from '../../ipc/bridge';

export interface RegistrationStoreState {
  /** Null until the first answer from main. */
  registration: RegistrationState | null;
  loadError: string | null;
}

export interface RegistrationActions {
  load(): Promise<void>;
  receive(registration: RegistrationState): void;
}

export const initialRegistrationState: RegistrationStoreState = {
  registration: null,
  loadError: null,
};

export const useRegistrationStore = create<RegistrationStoreState & RegistrationActions>()((set) => ({
  ...initialRegistrationState,

  async load() {
    const result = await invoke('registration:get');
    if (result.ok) set({ registration: result.value, loadError: null });
    else set({ loadError: result.error.message });
  },

  receive(registration) {
    set({ registration, loadError: null });
  },
}));

type Store = RegistrationStoreState & RegistrationActions;

export const selectors = {
  registration: (state: Store) => state.registration,
  loadError: (state: Store) => state.loadError,
};
