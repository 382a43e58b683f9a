import { create } from 'zustand';
import type { AppInfo } from '../../../shared/models/app-info';
import { invoke } from '../../ipc/bridge';

export interface AppInfoState {
  info: AppInfo | null;
  loadError: string | null;
}

export interface AppInfoActions {
  load(): Promise<void>;
}

export const initialAppInfoState: AppInfoState = { info: null, loadError: null };

export const useAppInfoStore = create<AppInfoState & AppInfoActions>()((set) => ({
  ...initialAppInfoState,

  async load() {
    const result = await invoke('app:get-info');
    if (result.ok) set({ info: result.value, loadError: null });
    else set({ loadError: result.error.message });
  },
}));

type Store = AppInfoState & AppInfoActions;

export const selectors = {
  info: (state: Store) => state.info,
  loadError: (state: Store) => state.loadError,
  /** Unknown counts as unavailable: the switch stays off until main says it can work. */
  canStartAtLogin: (state: Store) => state.info?.features.startAtLogin ?? false,
  isMac: (state: Store) => state.info?.platform === 'darwin',
  isDesktop: (state: Store) => state.info?.shell === 'electron',
  hasGlobalShortcuts: (state: Store) => state.info?.features.globalShortcuts ?? false,
  /**
   * One owner per notification (a ringing call, a new voicemail or message). The desktop app's main
   * process raises them (incoming-call-notification.ts, inbox-notification.ts): they work while the
   * window is hidden in the tray, and calls offer Answer and Decline. The page raises its own only in
   * the browser shell, which has no main process notifications; while the shell is unknown, it does not.
   */
  pageRaisesNotifications: (state: Store) => state.info?.shell === 'browser',
};
