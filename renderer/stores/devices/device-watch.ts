import type { CallSnapshot } from '../../../shared/models/call';
import type { Settings } from '../../../shared/models/settings';
import { deviceIdOf, type DevicePreferences } from './device-choice';
import { useCallsStore } from '../calls/calls.store';
import { useSettingsStore } from '../settings/settings.store';
import { selectors, useDevicesStore } from './devices.store';

/** The device ids a call opens; undefined means the system default. */
export interface ResolvedDevices {
  microphoneId?: string;
  speakerId?: string;
}

/** What the call-audio store offers for device choice (see renderer/stores/call-audio). */
export interface CallAudioControls {
  useMicrophone(deviceId?: string): unknown;
  useSpeaker(deviceId?: string): unknown;
  setDeviceResolver(resolve: () => ResolvedDevices): void;
}

/** The devices a call should use now, from the present devices and the remembered names. */
export function resolveDevices(): ResolvedDevices {
  const choice = selectors.choice(useDevicesStore.getState());
  return { microphoneId: deviceIdOf(choice.microphone), speakerId: deviceIdOf(choice.speaker) };
}

/** A call whose audio is open: every call except an incoming one still ringing. */
export function callHasAudio(calls: readonly CallSnapshot[]): boolean {
  return calls.some((call) => !(call.direction === 'incoming' && call.state === 'ringing'));
}

function preferencesOf(settings: Settings | null, previous: DevicePreferences): DevicePreferences {
  const microphones = settings?.microphones ?? [];
  const speakers = settings?.speakers ?? [];
  const ringers = settings?.ringers ?? [];
  const same = microphones === previous.microphones && speakers === previous.speakers && ringers === previous.ringers;
  return same ? previous : { microphones, speakers, ringers };
}

/**
 * Keeps the device list current: lists it now and on every 'devicechange', follows the remembered
 * names in the settings, and lists again once the first call has opened the microphone (that grant
 * reveals the names). Returns a function that stops watching.
 */
export function watchDevices(): () => void {
  const devices = useDevicesStore.getState();
  const syncPreferences = () => {
    const current = useDevicesStore.getState().preferences;
    const next = preferencesOf(useSettingsStore.getState().settings, current);
    if (next !== current) devices.setPreferences(next);
  };
  syncPreferences();
  const stopSettings = useSettingsStore.subscribe(syncPreferences);

  const refresh = () => void useDevicesStore.getState().refresh();
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  media?.addEventListener('devicechange', refresh);
  refresh();

  const stopCalls = useCallsStore.subscribe((state, previous) => {
    const justOpened = callHasAudio(state.active) && !callHasAudio(previous.active);
    if (justOpened && selectors.labelsHidden(useDevicesStore.getState())) refresh();
  });

  return () => {
    stopSettings();
    media?.removeEventListener('devicechange', refresh);
    stopCalls();
  };
}

function reportSwitch(device: 'microphone' | 'speaker') {
  useDevicesStore
    .getState()
    .reportError(`The call could not move to the new ${device}. Choose another ${device} in Settings, Audio.`);
}

/**
 * Lets the call audio open the chosen devices, and moves a call that is up to another device when
 * the choice changes (a headset unplugged, a new choice in the settings). Returns a function that
 * stops following the choice.
 */
export function connectCallAudio(controls: () => CallAudioControls): () => void {
  controls().setDeviceResolver(resolveDevices);
  let current = resolveDevices();
  return useDevicesStore.subscribe(() => {
    const next = resolveDevices();
    const previous = current;
    current = next;
    if (!callHasAudio(useCallsStore.getState().active)) return;
    if (next.microphoneId !== previous.microphoneId) {
      void Promise.resolve(controls().useMicrophone(next.microphoneId)).catch(() => reportSwitch('microphone'));
    }
    if (next.speakerId !== previous.speakerId) {
      void Promise.resolve(controls().useSpeaker(next.speakerId)).catch(() => reportSwitch('speaker'));
    }
  });
}
