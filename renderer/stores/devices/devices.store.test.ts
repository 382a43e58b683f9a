import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  accessDeniedMessage,
  initialDevicesState,
  noMediaDevicesMessage,
  selectors,
  useDevicesStore,
} from './devices.store';
import { FakeMediaDevices, input, output } from './fake-media-devices';

let media: FakeMediaDevices;

beforeEach(() => {
  useDevicesStore.setState(initialDevicesState);
  media = new FakeMediaDevices();
  vi.stubGlobal('navigator', { mediaDevices: media });
});
afterEach(() => vi.unstubAllGlobals());

describe('devices store', () => {
  it('lists audio inputs and outputs only, as plain objects', async () => {
    media.devices = [
      input('mic-1', 'Headset'),
      output('spk-1', 'Headset'),
      { deviceId: 'cam', kind: 'videoinput', label: 'Camera', groupId: 'g' },
    ];
    await useDevicesStore.getState().refresh();
    expect(useDevicesStore.getState().devices).toEqual([input('mic-1', 'Headset'), output('spk-1', 'Headset')]);
    expect(useDevicesStore.getState().access).toBe('granted');
  });

  it('keeps the same list object when nothing changed, so subscribers stay quiet', async () => {
    media.devices = [input('mic-1', 'Headset')];
    await useDevicesStore.getState().refresh();
    const first = useDevicesStore.getState().devices;
    await useDevicesStore.getState().refresh();
    expect(useDevicesStore.getState().devices).toBe(first);
  });

  it('says what to do when the window has no media devices or listing fails', async () => {
    vi.stubGlobal('navigator', {});
    await useDevicesStore.getState().refresh();
    expect(useDevicesStore.getState().error).toBe(noMediaDevicesMessage());

    vi.stubGlobal('navigator', { mediaDevices: media });
    media.failEnumerate = true;
    await useDevicesStore.getState().refresh();
    expect(useDevicesStore.getState().error).toMatch(/could not be listed/);
  });

  it('asks for the microphone once, stops it at once and lists the names it reveals', async () => {
    media.devices = [input('mic-1', 'Headset')];
    media.hiddenLabels = true;
    await useDevicesStore.getState().refresh();
    expect(selectors.labelsHidden(useDevicesStore.getState())).toBe(true);
    expect(useDevicesStore.getState().access).toBe('unknown');

    expect(await useDevicesStore.getState().requestAccess()).toBe(true);
    expect(media.stoppedTracks).toHaveLength(1);
    expect(useDevicesStore.getState().access).toBe('granted');
    expect(useDevicesStore.getState().devices).toEqual([input('mic-1', 'Headset')]);
  });

  it('explains a refused microphone and clears it once access is granted', async () => {
    media.answer = 'deny';
    expect(await useDevicesStore.getState().requestAccess()).toBe(false);
    expect(useDevicesStore.getState()).toMatchObject({ access: 'denied', error: accessDeniedMessage() });

    await useDevicesStore.getState().accessGranted();
    expect(useDevicesStore.getState()).toMatchObject({ access: 'granted', error: null });
  });

  it('derives the choice from the preferences and returns the same object until either changes', async () => {
    media.devices = [input('default', 'Default - Laptop Mic'), input('mic-l', 'Laptop Mic'), input('mic-h', 'Headset')];
    await useDevicesStore.getState().refresh();
    const before = selectors.choice(useDevicesStore.getState());
    expect(before.microphone?.deviceId).toBe('default');
    expect(selectors.choice(useDevicesStore.getState())).toBe(before);

    useDevicesStore.getState().setPreferences({ microphones: ['Headset'], speakers: [], ringers: [] });
    expect(selectors.microphone(useDevicesStore.getState())?.deviceId).toBe('mic-h');
  });

  it('reports a ringer problem and clears it', () => {
    useDevicesStore.getState().reportRinger('The ringer could not play.');
    expect(selectors.ringerProblem(useDevicesStore.getState())).toBe('The ringer could not play.');
    useDevicesStore.getState().reportRinger(null);
    expect(selectors.ringerProblem(useDevicesStore.getState())).toBeNull();
  });
});
