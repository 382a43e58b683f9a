import { create } from 'zustand';
import { useAccountsStore } from '../accounts/accounts.store';
import { useAppInfoStore } from '../app-info/app-info.store';
import { useCallAudioStore } from '../call-audio/call-audio.store';
import { useCallsStore } from '../calls/calls.store';
import { useRegistrationStore } from '../registration/registration.store';
import { useSettingsStore } from '../settings/settings.store';

export interface StartupState {
  /** 'loading' only until the first load has finished; retries keep the app on screen. */
  phase: 'loading' | 'ready';
}

export interface StartupActions {
  /** Loads everything the shell needs. Failures stay in each store as its loadError. */
  start(): Promise<void>;
}

export const initialStartupState: StartupState = { phase: 'loading' };

export const useStartupStore = create<StartupState & StartupActions>()((set) => ({
  ...initialStartupState,

  async start() {
    await Promise.all([
      useAppInfoStore.getState().load(),
      useSettingsStore.getState().load(),
      useAccountsStore.getState().load(),
      useRegistrationStore.getState().load(),
      // After a reload mid-call: the call back on screen, and its audio connected again.
      useCallsStore
        .getState()
        .load()
        .then((calls) => calls.forEach((call) => useCallAudioStore.getState().follow(call))),
    ]);
    set({ phase: 'ready' });
  },
}));

type Store = StartupState & StartupActions;

export const selectors = {
  phase: (state: Store) => state.phase,
  start: (state: Store) => state.start,
};
