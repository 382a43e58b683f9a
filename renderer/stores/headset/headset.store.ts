import { create } from 'zustand';
import { isTelephonyDevice } from '../../headset/headset-map';
import { telephonyUsagePage, webHid, type HidDevice } from '../../headset/webhid';
import { translate } from '../../i18n/translate';

export interface HeadsetState {
  /** The browser has WebHID (Chromium, the desktop app); elsewhere headset buttons cannot work. */
  supported: boolean;
  /** Telephony devices (usage page 0x0B) the page may use and that are plugged in. */
  devices: readonly HidDevice[];
  /** What went wrong with a headset, worded for the person; null when all is well. */
  problem: string | null;
}

export interface HeadsetActions {
  /** Asks the person to choose a headset (the browser's device chooser); needs a click. */
  connect(): Promise<void>;
  add(devices: readonly HidDevice[]): void;
  remove(device: HidDevice): void;
  reportProblem(problem: string | null): void;
}

type Store = HeadsetState & HeadsetActions;

export const initialHeadsetState = (): HeadsetState => ({
  supported: webHid() !== undefined,
  devices: [],
  problem: null,
});

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useHeadsetStore = create<Store>()((set, get) => ({
  ...initialHeadsetState(),

  async connect() {
    const hid = webHid();
    if (!hid) return;
    try {
      const chosen = await hid.requestDevice({ filters: [{ usagePage: telephonyUsagePage }] });
      get().add(chosen);
      set({ problem: null });
    } catch (error) {
      set({ problem: translate('devices.headsetConnectFailed', { reason: reasonOf(error) }) });
    }
  },

  add(devices) {
    const known = get().devices;
    const added = devices.filter((device) => isTelephonyDevice(device.collections) && !known.includes(device));
    if (added.length > 0) set({ devices: [...known, ...added] });
  },

  remove(device) {
    if (get().devices.includes(device)) set({ devices: get().devices.filter((known) => known !== device) });
  },

  reportProblem: (problem) => set({ problem }),
}));

export const selectors = {
  supported: (state: Store) => state.supported,
  devices: (state: Store) => state.devices,
  problem: (state: Store) => state.problem,
  connect: (state: Store) => state.connect,
};
