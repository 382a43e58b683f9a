import { describe, expect, it } from 'vitest';
import {
  chooseDevices,
  defaultDeviceName,
  deviceIdOf,
  labelsHidden,
  namedDevices,
  type DevicePreferences,
  type MediaDeviceLike,
} from './device-choice';

function input(deviceId: string, label: string, groupId = deviceId): MediaDeviceLike {
  return { deviceId, kind: 'audioinput', label, groupId };
}
function output(deviceId: string, label: string, groupId = deviceId): MediaDeviceLike {
  return { deviceId, kind: 'audiooutput', label, groupId };
}

const laptop = [
  input('default', 'Default - Built-in Microphone', 'g-laptop'),
  input('mic-laptop', 'Built-in Microphone', 'g-laptop'),
  output('default', 'Default - Built-in Speakers', 'g-laptop'),
  output('spk-laptop', 'Built-in Speakers', 'g-laptop'),
];
const headset = [input('mic-jabra', 'Jabra Evolve 65', 'g-jabra'), output('spk-jabra', 'Jabra Evolve 65', 'g-jabra')];
const usbSpeaker = [output('spk-usb', 'USB Speaker', 'g-usb')];

const none: DevicePreferences = { microphones: [], speakers: [], ringers: [] };
const prefersHeadset: DevicePreferences = {
  microphones: ['Jabra Evolve 65', 'Built-in Microphone'],
  speakers: ['Jabra Evolve 65', 'Built-in Speakers'],
  ringers: [],
};

describe('chooseDevices', () => {
  it('takes the system default alias when nothing is preferred', () => {
    const choice = chooseDevices([...laptop, ...headset], none);
    expect(choice.microphone).toEqual({ deviceId: 'default', name: 'Built-in Microphone', preferred: false });
    expect(choice.speaker).toEqual({ deviceId: 'default', name: 'Built-in Speakers', preferred: false });
    expect(choice.ringers).toEqual([choice.speaker]);
  });

  it('takes the first device of the kind when there is no default alias', () => {
    const choice = chooseDevices([...headset, ...usbSpeaker], none);
    expect(choice.microphone?.deviceId).toBe('mic-jabra');
    expect(choice.speaker?.deviceId).toBe('spk-jabra');
  });

  it('finds preferred devices by name although their ids changed since the last session', () => {
    const monday = chooseDevices([...laptop, ...headset], prefersHeadset);
    const renamedIds = [...laptop, input('mic-jabra-2', 'Jabra Evolve 65'), output('spk-jabra-2', 'Jabra Evolve 65')];
    const tuesday = chooseDevices(renamedIds, prefersHeadset);
    expect(monday.microphone).toEqual({ deviceId: 'mic-jabra', name: 'Jabra Evolve 65', preferred: true });
    expect(tuesday.microphone).toEqual({ deviceId: 'mic-jabra-2', name: 'Jabra Evolve 65', preferred: true });
    expect(tuesday.speaker?.deviceId).toBe('spk-jabra-2');
  });

  it('falls back to the next preferred name, then to the default, and returns when the device is back', () => {
    const preferences: DevicePreferences = {
      microphones: ['Jabra Evolve 65', 'USB Mic'],
      speakers: ['Jabra Evolve 65'],
      ringers: [],
    };
    const usbMic = input('mic-usb', 'USB Mic');
    // devicechange sequence during one call: headset unplugged, USB mic unplugged, headset back.
    const sequence = [[...laptop, ...headset, usbMic], [...laptop, usbMic], [...laptop], [...laptop, ...headset]];
    const microphones = sequence.map((devices) => chooseDevices(devices, preferences).microphone?.deviceId);
    const speakers = sequence.map((devices) => chooseDevices(devices, preferences).speaker?.deviceId);
    expect(microphones).toEqual(['mic-jabra', 'mic-usb', 'default', 'mic-jabra']);
    expect(speakers).toEqual(['spk-jabra', 'default', 'default', 'spk-jabra']);
  });

  it('rings on every preferred ringer that is present, all at once', () => {
    const preferences = { ...prefersHeadset, ringers: ['Jabra Evolve 65', 'Built-in Speakers', 'USB Speaker'] };
    const choice = chooseDevices([...laptop, ...headset], preferences);
    expect(choice.ringers.map((device) => device.deviceId)).toEqual(['spk-jabra', 'spk-laptop']);

    const withUsb = chooseDevices([...laptop, ...headset, ...usbSpeaker], preferences);
    expect(withUsb.ringers.map((device) => device.name)).toEqual([
      'Jabra Evolve 65',
      'Built-in Speakers',
      'USB Speaker',
    ]);
  });

  it('rings on the chosen speaker when no preferred ringer is present', () => {
    const preferences = { ...prefersHeadset, ringers: ['USB Speaker'] };
    const choice = chooseDevices([...laptop, ...headset], preferences);
    expect(choice.ringers).toEqual([{ deviceId: 'spk-jabra', name: 'Jabra Evolve 65', preferred: true }]);
  });

  it('uses the first of several devices with the same name and never rings one twice', () => {
    const twins = [...laptop, output('spk-a', 'USB Audio Device'), output('spk-b', 'USB Audio Device')];
    const preferences = { ...none, speakers: ['USB Audio Device'], ringers: ['USB Audio Device', 'USB Audio Device'] };
    const choice = chooseDevices(twins, preferences);
    expect(choice.speaker?.deviceId).toBe('spk-a');
    expect(choice.ringers.map((device) => device.deviceId)).toEqual(['spk-a']);
    expect(namedDevices(twins, 'audiooutput').map((device) => device.deviceId)).toEqual(['spk-laptop', 'spk-a']);
  });

  it('ignores a remembered name that only matches the default alias label', () => {
    const preferences = { ...none, microphones: ['Default - Built-in Microphone'] };
    const choice = chooseDevices(laptop, preferences);
    expect(choice.microphone?.preferred).toBe(false);
  });

  it('falls back to the system default while labels are hidden before microphone access', () => {
    // What Chromium lists before a getUserMedia grant: one entry per kind, no ids, no labels.
    const hidden = [input('', ''), output('', '')];
    const choice = chooseDevices(hidden, prefersHeadset);
    expect(labelsHidden(hidden)).toBe(true);
    expect(choice.microphone).toEqual({ deviceId: '', name: '', preferred: false });
    expect(deviceIdOf(choice.microphone)).toBeUndefined();
    expect(deviceIdOf(choice.speaker)).toBeUndefined();
    expect(choice.ringers).toHaveLength(1);
  });

  it('has no device to choose when none is listed', () => {
    expect(chooseDevices([], prefersHeadset)).toEqual({ microphone: null, speaker: null, ringers: [] });
    expect(labelsHidden([])).toBe(false);
    expect(deviceIdOf(null)).toBeUndefined();
  });
});

describe('defaultDeviceName', () => {
  it('reads the name behind the default alias', () => {
    expect(defaultDeviceName(laptop, 'audiooutput')).toBe('Built-in Speakers');
    expect(defaultDeviceName(headset, 'audioinput')).toBe('Jabra Evolve 65');
    expect(defaultDeviceName([], 'audioinput')).toBe('');
  });

  it('finds it by group where the alias has no name in its label, as on Linux', () => {
    const linux = [output('default', 'Default', 'g-usb'), output('spk-usb', 'USB Speaker', 'g-usb')];
    expect(defaultDeviceName(linux, 'audiooutput')).toBe('USB Speaker');
    expect(chooseDevices(linux, none).ringers).toEqual([
      { deviceId: 'default', name: 'USB Speaker', preferred: false },
    ]);
    const unrelated = [output('default', 'Default', 'g-x'), output('spk-usb', 'USB Speaker', 'g-usb')];
    expect(defaultDeviceName(unrelated, 'audiooutput')).toBe('Default');
  });
});
