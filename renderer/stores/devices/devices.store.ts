import { create } from 'zustand';
import {
  chooseDevices,
  labelsHidden,
  type DeviceChoice,
  type DevicePreferences,
  type MediaDeviceLike,
} from './device-choice';
import { translate } from '../../i18n/translate';

/** Whether the person let Dialtone use the microphone; device names appear only once it is granted. */
export type MicrophoneAccess = 'unknown' | 'granted' | 'denied';

export interface DevicesState {
  /** Audio inputs and outputs as the browser lists them now. */
  devices: MediaDeviceLike[];
  /** Mirrored from the settings by watchDevices(): remembered names, most preferred first. */
  preferences: DevicePreferences;
  access: MicrophoneAccess;
  /** Why the devices could not be listed or the microphone opened, worded for the person. */
  error: string | null;
  /** Why the ringer could not play, worded for the person; null while it works. */
  ringerProblem: string | null;
  /** Where the call's audio moved by itself (a device unplugged, or a preferred one back); cleared after the call. */
  callMoves: Record<CallDevice, CallMove | null>;
}

export type CallDevice = 'microphone' | 'speaker';

/** A call's audio that moved by itself: its device went away, or a preferred one came back. */
export interface CallMove {
  kind: 'disconnected' | 'moved';
  /** What to tell the person. */
  message: string;
}

export interface DevicesActions {
  /** Lists the devices again; never throws. */
  refresh(): Promise<void>;
  /** Asks once for the microphone so device names appear, then lists the devices again. */
  requestAccess(): Promise<boolean>;
  /** Someone else (the level meter, a call) opened the microphone: names can be read now. */
  accessGranted(): Promise<void>;
  accessDenied(message: string): void;
  /** A problem worded for the person, such as a call that could not move to another device. */
  reportError(message: string | null): void;
  setPreferences(preferences: DevicePreferences): void;
  reportRinger(problem: string | null): void;
  reportCallMove(device: CallDevice, move: CallMove | null): void;
}

const noPreferences: DevicePreferences = { microphones: [], speakers: [], ringers: [] };

export const initialDevicesState: DevicesState = {
  devices: [],
  preferences: noPreferences,
  access: 'unknown',
  error: null,
  ringerProblem: null,
  callMoves: { microphone: null, speaker: null },
};

export const noMediaDevicesMessage = () => translate('common.noMediaDevices');
export const accessDeniedMessage = () => translate('common.microphoneAccessDenied');

function mediaDevices(): MediaDevices | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
}

function copyDevice({ deviceId, kind, label, groupId }: MediaDeviceInfo): MediaDeviceLike {
  return { deviceId, kind, label, groupId };
}

function sameDevices(a: readonly MediaDeviceLike[], b: readonly MediaDeviceLike[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (device, index) =>
        device.deviceId === b[index]?.deviceId && device.kind === b[index]?.kind && device.label === b[index]?.label,
    )
  );
}

// Several refreshes can overlap (devicechange bursts when a headset connects); the newest wins.
let refreshCount = 0;

export const useDevicesStore = create<DevicesState & DevicesActions>()((set, get) => ({
  ...initialDevicesState,

  async refresh() {
    const request = ++refreshCount;
    const media = mediaDevices();
    if (!media) {
      set({ error: noMediaDevicesMessage() });
      return;
    }
    try {
      const listed = (await media.enumerateDevices())
        .filter((device) => device.kind === 'audioinput' || device.kind === 'audiooutput')
        .map(copyDevice);
      if (request !== refreshCount) return;
      // Keep the old array when nothing changed, so selectors and subscribers stay quiet.
      const devices = sameDevices(listed, get().devices) ? get().devices : listed;
      const access = labelsHidden(devices) ? get().access : 'granted';
      set({ devices, access, error: get().error === noMediaDevicesMessage() ? null : get().error });
    } catch {
      set({ error: translate('common.devicesNotListed') });
    }
  },

  async requestAccess() {
    const media = mediaDevices();
    if (!media) {
      set({ error: noMediaDevicesMessage() });
      return false;
    }
    try {
      const stream = await media.getUserMedia({ audio: true });
      stream.getTracks().forEach((track) => track.stop());
      await get().accessGranted();
      return true;
    } catch {
      get().accessDenied(accessDeniedMessage());
      return false;
    }
  },

  async accessGranted() {
    set({ access: 'granted', error: get().error === accessDeniedMessage() ? null : get().error });
    await get().refresh();
  },

  accessDenied(message) {
    set({ access: 'denied', error: message });
  },

  reportError(message) {
    set({ error: message });
  },

  setPreferences(preferences) {
    set({ preferences });
  },

  reportRinger(problem) {
    if (get().ringerProblem !== problem) set({ ringerProblem: problem });
  },

  reportCallMove(device, move) {
    const current = get().callMoves[device];
    if (current?.kind === move?.kind && current?.message === move?.message) return;
    set({ callMoves: { ...get().callMoves, [device]: move } });
  },
}));

type Store = DevicesState & DevicesActions;

// chooseDevices builds new objects; remember the last answer so components can subscribe to it.
let lastChoice: { devices: MediaDeviceLike[]; preferences: DevicePreferences; choice: DeviceChoice } | null = null;

function choice(state: Store): DeviceChoice {
  if (lastChoice?.devices !== state.devices || lastChoice.preferences !== state.preferences) {
    lastChoice = {
      devices: state.devices,
      preferences: state.preferences,
      choice: chooseDevices(state.devices, state.preferences),
    };
  }
  return lastChoice.choice;
}

export const selectors = {
  devices: (state: Store) => state.devices,
  choice,
  microphone: (state: Store) => choice(state).microphone,
  speaker: (state: Store) => choice(state).speaker,
  ringers: (state: Store) => choice(state).ringers,
  labelsHidden: (state: Store) => labelsHidden(state.devices),
  access: (state: Store) => state.access,
  error: (state: Store) => state.error,
  ringerProblem: (state: Store) => state.ringerProblem,
  /** Both moves in one sentence pair, the microphone first; '' when nothing moved. */
  callMove: (state: Store) =>
    [state.callMoves.microphone?.message, state.callMoves.speaker?.message].filter(Boolean).join(' '),
  refresh: (state: Store) => state.refresh,
  requestAccess: (state: Store) => state.requestAccess,
  accessGranted: (state: Store) => state.accessGranted,
  accessDenied: (state: Store) => state.accessDenied,
};
