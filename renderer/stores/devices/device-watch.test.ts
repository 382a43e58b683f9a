import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { callSnapshot } from '../../test-support/call-snapshot';
import { defaultSettings, type Settings } from '../../../shared/models/settings';
import { initialCallsState, useCallsStore } from '../calls/calls.store';
import { initialSettingsState, useSettingsStore } from '../settings/settings.store';
import {
  callHasAudio,
  connectCallAudio,
  describeCallMove,
  inCallDevicePollMs,
  resolveDevices,
  watchDevices,
  type CallAudioControls,
} from './device-watch';
import { selectors } from './devices.store';
import { initialDevicesState, useDevicesStore } from './devices.store';
import { FakeMediaDevices, input, output, settle } from './fake-media-devices';

const laptop = [
  input('default', 'Default - Laptop Mic'),
  input('mic-laptop', 'Laptop Mic'),
  output('default', 'Default - Laptop Speakers'),
  output('spk-laptop', 'Laptop Speakers'),
];
const headset = [input('mic-headset', 'Headset'), output('spk-headset', 'Headset')];

function call(state: CallSnapshot['state'], direction: CallSnapshot['direction'] = 'incoming'): CallSnapshot {
  return callSnapshot({ state, direction });
}

function settings(change: Partial<Settings>) {
  useSettingsStore.setState({ settings: { ...defaultSettings, ...change } });
}

function fakeCallAudio() {
  const controls = {
    microphones: [] as (string | undefined)[],
    speakers: [] as (string | undefined)[],
    resolver: undefined as (() => { microphoneId?: string; speakerId?: string }) | undefined,
    useMicrophone(deviceId?: string) {
      controls.microphones.push(deviceId);
    },
    useSpeaker(deviceId?: string) {
      controls.speakers.push(deviceId);
    },
    setDeviceResolver(resolve: () => { microphoneId?: string; speakerId?: string }) {
      controls.resolver = resolve;
    },
  } satisfies CallAudioControls & Record<string, unknown>;
  return controls;
}

let media: FakeMediaDevices;
const stops: (() => void)[] = [];

beforeEach(() => {
  useDevicesStore.setState(initialDevicesState);
  useSettingsStore.setState(initialSettingsState);
  useCallsStore.setState(initialCallsState);
  media = new FakeMediaDevices();
  vi.stubGlobal('navigator', { mediaDevices: media });
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.unstubAllGlobals();
});

describe('watchDevices', () => {
  it('lists the devices at once and again on every devicechange', async () => {
    media.devices = laptop;
    stops.push(watchDevices());
    await settle();
    expect(useDevicesStore.getState().devices).toHaveLength(4);

    media.change([...laptop, ...headset]);
    await settle();
    expect(useDevicesStore.getState().devices).toHaveLength(6);
  });

  it('follows the remembered names in the settings', async () => {
    media.devices = [...laptop, ...headset];
    settings({ microphones: ['Headset'] });
    stops.push(watchDevices());
    await settle();
    expect(resolveDevices()).toEqual({ microphoneId: 'mic-headset', speakerId: 'default' });

    settings({ microphones: ['Laptop Mic', 'Headset'], speakers: ['Headset'] });
    expect(resolveDevices()).toEqual({ microphoneId: 'mic-laptop', speakerId: 'spk-headset' });
  });

  it('lists again when the first call opens the microphone, which reveals the names', async () => {
    media.devices = laptop;
    media.hiddenLabels = true;
    stops.push(watchDevices());
    await settle();
    expect(resolveDevices()).toEqual({ microphoneId: undefined, speakerId: undefined });

    media.hiddenLabels = false; // the call audio's getUserMedia was granted
    useCallsStore.getState().receive(call('dialing', 'outgoing'));
    await settle();
    expect(resolveDevices()).toEqual({ microphoneId: 'default', speakerId: 'default' });
  });

  it('lists again every few seconds while a call is up, since Linux fires no devicechange for PulseAudio devices', async () => {
    vi.useFakeTimers();
    try {
      media.devices = [...laptop, ...headset];
      stops.push(watchDevices());
      await vi.advanceTimersByTimeAsync(0);
      media.devices = laptop; // unplugged without an event
      await vi.advanceTimersByTimeAsync(inCallDevicePollMs * 2);
      expect(useDevicesStore.getState().devices).toHaveLength(6);

      useCallsStore.getState().receive(call('ringing'));
      await vi.advanceTimersByTimeAsync(inCallDevicePollMs);
      expect(useDevicesStore.getState().devices).toHaveLength(4);

      useCallsStore.getState().receive({ ...useCallsStore.getState().active[0]!, state: 'ended' });
      media.devices = [...laptop, ...headset];
      await vi.advanceTimersByTimeAsync(inCallDevicePollMs * 2);
      expect(useDevicesStore.getState().devices).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops listening when asked', async () => {
    media.devices = laptop;
    const stop = watchDevices();
    await settle();
    stop();
    media.change([...laptop, ...headset]);
    await settle();
    expect(useDevicesStore.getState().devices).toHaveLength(4);
  });
});

describe('connectCallAudio', () => {
  it('gives the call audio a resolver for the devices to open', async () => {
    media.devices = [...laptop, ...headset];
    settings({ microphones: ['Headset'], speakers: ['Headset'] });
    stops.push(watchDevices());
    await settle();
    const callAudio = fakeCallAudio();
    stops.push(connectCallAudio(() => callAudio));
    expect(callAudio.resolver?.()).toEqual({ microphoneId: 'mic-headset', speakerId: 'spk-headset' });
  });

  it('moves a call to the next preferred device when the headset goes, and back when it returns', async () => {
    media.devices = [...laptop, ...headset];
    settings({ microphones: ['Headset', 'Laptop Mic'], speakers: ['Headset'] });
    stops.push(watchDevices());
    await settle();
    const callAudio = fakeCallAudio();
    stops.push(connectCallAudio(() => callAudio));
    useCallsStore.getState().receive(call('connected'));

    media.change(laptop);
    await settle();
    expect(callAudio.microphones).toEqual(['mic-laptop']);
    expect(callAudio.speakers).toEqual(['default']);

    media.change([...laptop, ...headset]);
    await settle();
    expect(callAudio.microphones).toEqual(['mic-laptop', 'mic-headset']);
    expect(callAudio.speakers).toEqual(['default', 'spk-headset']);
  });

  it('switches when the person picks another device during a call', async () => {
    media.devices = [...laptop, ...headset];
    stops.push(watchDevices());
    await settle();
    const callAudio = fakeCallAudio();
    stops.push(connectCallAudio(() => callAudio));
    useCallsStore.getState().receive(call('connected', 'outgoing'));

    settings({ speakers: ['Headset'] });
    expect(callAudio.speakers).toEqual(['spk-headset']);
    expect(callAudio.microphones).toEqual([]);
  });

  it('leaves the call audio alone when no call is up or the only call is still ringing', async () => {
    media.devices = [...laptop, ...headset];
    settings({ microphones: ['Headset'] });
    stops.push(watchDevices());
    await settle();
    const callAudio = fakeCallAudio();
    stops.push(connectCallAudio(() => callAudio));

    media.change(laptop);
    await settle();
    useCallsStore.getState().receive(call('ringing'));
    media.change([...laptop, ...headset]);
    await settle();
    expect(callAudio.microphones).toEqual([]);
  });
});

describe('telling the person where the call went', () => {
  const headsetOut = { deviceId: 'spk-headset', name: 'Headset', preferred: true };
  const defaultOut = { deviceId: 'default', name: 'Laptop Speakers', preferred: false };

  it('words an unplugged device, a returning one, and a change the person made', () => {
    expect(describeCallMove('speaker', headsetOut, defaultOut, ['Laptop Speakers'])).toEqual({
      kind: 'disconnected',
      message: "Headset was disconnected. The call's sound continues on Laptop Speakers (the system default).",
    });
    expect(describeCallMove('microphone', headsetOut, { ...defaultOut, name: 'Default' }, [])).toEqual({
      kind: 'disconnected',
      message: "Headset was disconnected. The call's microphone continues on the system default.",
    });
    expect(describeCallMove('speaker', defaultOut, headsetOut, ['Laptop Speakers', 'Headset'])).toEqual({
      kind: 'moved',
      message: "Headset is back. The call's sound moved to it.",
    });
    expect(describeCallMove('speaker', defaultOut, defaultOut, ['Laptop Speakers'])).toBeNull();
    // Picked in the settings: the old device is still there and the new one was not missing.
    expect(describeCallMove('speaker', headsetOut, defaultOut, ['Laptop Speakers', 'Headset'])).toBeNull();
  });

  it('shows both moves of an unplugged headset during the call, and forgets them when the call ends', async () => {
    media.devices = [...laptop, ...headset];
    settings({ microphones: ['Headset'], speakers: ['Headset'] });
    stops.push(watchDevices());
    await settle();
    stops.push(connectCallAudio(() => fakeCallAudio()));
    useCallsStore.getState().receive(call('connected'));

    media.change([...laptop, output('spk-headset', 'Headset')]);
    await settle();
    media.change(laptop);
    await settle();
    expect(selectors.callMove(useDevicesStore.getState())).toBe(
      "Headset was disconnected. The call's microphone continues on Laptop Mic (the system default). " +
        "Headset was disconnected. The call's sound continues on Laptop Speakers (the system default).",
    );

    useCallsStore.getState().receive({ ...useCallsStore.getState().active[0]!, state: 'ended' });
    expect(selectors.callMove(useDevicesStore.getState())).toBe('');
  });
});

describe('connectCallAudio failures', () => {
  it('says so when the call could not move to the new device, without throwing', async () => {
    media.devices = [...laptop, ...headset];
    stops.push(watchDevices());
    await settle();
    const callAudio = { ...fakeCallAudio(), useSpeaker: () => Promise.reject(new Error('setSinkId failed')) };
    stops.push(connectCallAudio(() => callAudio));
    useCallsStore.getState().receive(call('connected'));
    settings({ speakers: ['Headset'] });
    await settle();
    expect(useDevicesStore.getState().error).toBe(
      'The call could not move to the new speaker. Choose another speaker in Settings, Audio.',
    );
  });
});

describe('callHasAudio', () => {
  it('counts every call but an incoming one still ringing', () => {
    expect(callHasAudio([])).toBe(false);
    expect(callHasAudio([call('ringing')])).toBe(false);
    expect(callHasAudio([call('dialing', 'outgoing')])).toBe(true);
    expect(callHasAudio([call('ringing'), call('connected')])).toBe(true);
  });
});
