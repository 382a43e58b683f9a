import type { CallSnapshot } from '../../../shared/models/call';
import type { Settings } from '../../../shared/models/settings';
import { deviceIdOf, type ChosenDevice, type DevicePreferences } from './device-choice';
import { useCallsStore } from '../calls/calls.store';
import { useSettingsStore } from '../settings/settings.store';
import { selectors, useDevicesStore, type CallDevice, type CallMove } from './devices.store';
import { translate } from '../../i18n/translate';

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
 * While a call is up or ringing the list is read again this often: Chromium on Linux fires no
 * 'devicechange' for PulseAudio's own devices (Bluetooth headsets among them), only for udev ones.
 */
export const inCallDevicePollMs = 2_000;

/**
 * Keeps the device list current: lists it now, on every 'devicechange' and every few seconds while
 * a call is up or ringing, follows the remembered names in the settings, and lists again once the
 * first call has opened the microphone (that grant reveals the names). Returns a function that
 * stops watching.
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

  let poll: ReturnType<typeof setInterval> | undefined;
  const followCalls = (active: readonly CallSnapshot[]) => {
    if (active.length > 0 && !poll) poll = setInterval(refresh, inCallDevicePollMs);
    if (active.length === 0 && poll) {
      clearInterval(poll);
      poll = undefined;
    }
  };
  followCalls(useCallsStore.getState().active);
  const stopCalls = useCallsStore.subscribe((state, previous) => {
    followCalls(state.active);
    const justOpened = callHasAudio(state.active) && !callHasAudio(previous.active);
    if (justOpened && selectors.labelsHidden(useDevicesStore.getState())) refresh();
  });

  return () => {
    stopSettings();
    media?.removeEventListener('devicechange', refresh);
    stopCalls();
    if (poll) clearInterval(poll);
  };
}

function reportSwitch(device: CallDevice) {
  useDevicesStore.getState().reportError(translate('common.callMoveFailed', { device }));
}

/** Linux names the default alias just "Default"; Windows and macOS name the device behind it. */
function nameOf(device: ChosenDevice | null): string {
  if (device?.preferred) return device.name;
  return device?.name && device.name !== 'Default'
    ? translate('common.namedSystemDefaultDevice', { name: device.name })
    : translate('common.systemDefaultDevice');
}

/** How a call moved from one device to another by itself, worded for the person; null when nothing moved. */
export function describeCallMove(
  device: CallDevice,
  from: ChosenDevice | null,
  to: ChosenDevice | null,
  present: readonly string[],
): CallMove | null {
  if (deviceIdOf(from) === deviceIdOf(to)) return null;
  if (from?.name && !present.includes(from.name)) {
    return {
      kind: 'disconnected',
      message: translate('common.deviceDisconnected', { device, from: from.name, to: nameOf(to) }),
    };
  }
  if (to?.preferred) return { kind: 'moved', message: translate('common.deviceBack', { device, name: to.name }) };
  return null;
}

/**
 * Lets the call audio open the chosen devices, and moves a call that is up to another device when
 * the choice changes (a headset unplugged, a new choice in the settings). Returns a function that
 * stops following the choice.
 */
export function connectCallAudio(controls: () => CallAudioControls): () => void {
  controls().setDeviceResolver(resolveDevices);
  let current = selectors.choice(useDevicesStore.getState());
  const stopDevices = useDevicesStore.subscribe((state) => {
    const next = selectors.choice(state);
    const previous = current;
    current = next;
    if (!callHasAudio(useCallsStore.getState().active)) return;
    for (const kind of ['microphone', 'speaker'] as const) {
      if (deviceIdOf(next[kind]) === deviceIdOf(previous[kind])) continue;
      const mediaKind = kind === 'microphone' ? 'audioinput' : 'audiooutput';
      const present = state.devices.filter((device) => device.kind === mediaKind).map((device) => device.label);
      const move = describeCallMove(kind, previous[kind], next[kind], present);
      if (move) state.reportCallMove(kind, move);
      const deviceId = deviceIdOf(next[kind]);
      const switched = kind === 'microphone' ? controls().useMicrophone(deviceId) : controls().useSpeaker(deviceId);
      void Promise.resolve(switched).catch(() => reportSwitch(kind));
    }
  });
  const stopCalls = useCallsStore.subscribe((state) => {
    if (state.active.length > 0) return;
    useDevicesStore.getState().reportCallMove('microphone', null);
    useDevicesStore.getState().reportCallMove('speaker', null);
  });
  return () => {
    stopDevices();
    stopCalls();
  };
}
