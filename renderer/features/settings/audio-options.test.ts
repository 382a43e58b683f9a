import { describe, expect, it } from 'vitest';
import { chooseDevices, type MediaDeviceLike } from '../../stores/devices/device-choice';
import { deviceOptions, listNames, ringerOptions, selectedDevice, standInNotice } from './audio-options';

const device = (deviceId: string, kind: MediaDeviceKind, label: string): MediaDeviceLike => ({
  deviceId,
  kind,
  label,
  groupId: label,
});

const devices = [
  device('default', 'audioinput', 'Default - Laptop Mic'),
  device('mic-l', 'audioinput', 'Laptop Mic'),
  device('mic-h', 'audioinput', 'Headset'),
  device('default', 'audiooutput', 'Default - Laptop Speakers'),
  device('spk-l', 'audiooutput', 'Laptop Speakers'),
  device('spk-h', 'audiooutput', 'Headset'),
  device('spk-h2', 'audiooutput', 'Headset'),
];

describe('deviceOptions', () => {
  it('lists the system default, the devices present once each, then remembered absent names', () => {
    expect(deviceOptions(devices, 'audioinput', ['Desk Mic', 'Headset'])).toEqual([
      { value: '', label: 'System default (Laptop Mic)' },
      { value: 'Laptop Mic', label: 'Laptop Mic' },
      { value: 'Headset', label: 'Headset' },
      { value: 'Desk Mic', label: 'Desk Mic (not connected)' },
    ]);
    expect(deviceOptions(devices, 'audiooutput', []).map((option) => option.value)).toEqual([
      '',
      'Laptop Speakers',
      'Headset',
    ]);
  });

  it('does not call remembered names disconnected while names are hidden', () => {
    const hidden = [device('', 'audioinput', '')];
    expect(deviceOptions(hidden, 'audioinput', ['Headset'])).toEqual([
      { value: '', label: 'System default' },
      { value: 'Headset', label: 'Headset' },
    ]);
  });
});

describe('selectedDevice and standInNotice', () => {
  it('shows the most preferred name and says which device stands in for it', () => {
    const remembered = ['Desk Mic', 'Headset'];
    const choice = chooseDevices(devices, { microphones: remembered, speakers: [], ringers: [] });
    expect(selectedDevice(remembered)).toBe('Desk Mic');
    expect(selectedDevice([])).toBe('');
    expect(standInNotice(remembered, choice.microphone, false)).toBe(
      'Desk Mic is not connected, so Dialtone uses Headset until it is.',
    );
    expect(standInNotice(['Headset'], choice.microphone, false)).toBeNull();
    expect(standInNotice([], choice.microphone, false)).toBeNull();
  });
});

describe('ringerOptions', () => {
  it('ticks the speaker standing in for an empty list and locks the last ticked box', () => {
    const choice = chooseDevices(devices, { microphones: [], speakers: ['Headset'], ringers: [] });
    expect(ringerOptions(devices, [], choice.ringers)).toEqual([
      { name: 'Laptop Speakers', label: 'Laptop Speakers', checked: false, locked: false },
      { name: 'Headset', label: 'Headset', checked: true, locked: true },
    ]);
  });

  it('ticks every ringing device and keeps remembered absent ones listed', () => {
    const ringers = ['Headset', 'Laptop Speakers', 'Desk Speaker'];
    const choice = chooseDevices(devices, { microphones: [], speakers: [], ringers });
    expect(ringerOptions(devices, ringers, choice.ringers)).toEqual([
      { name: 'Laptop Speakers', label: 'Laptop Speakers', checked: true, locked: false },
      { name: 'Headset', label: 'Headset', checked: true, locked: false },
      { name: 'Desk Speaker', label: 'Desk Speaker (not connected)', checked: true, locked: false },
    ]);
  });
});

describe('listNames', () => {
  it('joins names for a sentence', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
