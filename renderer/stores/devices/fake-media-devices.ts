import type { MediaDeviceLike } from './device-choice';

/** Test double of navigator.mediaDevices: a device list the test changes, and a microphone grant. */
export class FakeMediaDevices extends EventTarget {
  devices: MediaDeviceLike[] = [];
  /** What getUserMedia does: 'grant' reveals labels, 'deny' rejects like a refused prompt. */
  answer: 'grant' | 'deny' = 'grant';
  failEnumerate = false;
  hiddenLabels = false;
  readonly stoppedTracks: number[] = [];
  getUserMediaCalls: MediaStreamConstraints[] = [];

  async enumerateDevices(): Promise<MediaDeviceLike[]> {
    if (this.failEnumerate) throw new Error('enumerate failed');
    // MediaDeviceInfo has toJSON too; the store copies the plain fields.
    return this.devices.map((device) => (this.hiddenLabels ? { ...device, deviceId: '', label: '' } : { ...device }));
  }

  async getUserMedia(constraints: MediaStreamConstraints) {
    this.getUserMediaCalls.push(constraints);
    if (this.answer === 'deny') throw new DOMException('Permission denied', 'NotAllowedError');
    this.hiddenLabels = false;
    const track = { stop: () => this.stoppedTracks.push(1) };
    return { getTracks: () => [track] };
  }

  /** Replaces the list and fires 'devicechange', as plugging or unplugging a headset does. */
  change(devices: MediaDeviceLike[]) {
    this.devices = devices;
    this.dispatchEvent(new Event('devicechange'));
  }
}

export function input(deviceId: string, label: string): MediaDeviceLike {
  return { deviceId, kind: 'audioinput', label, groupId: `g-${label}` };
}

export function output(deviceId: string, label: string): MediaDeviceLike {
  return { deviceId, kind: 'audiooutput', label, groupId: `g-${label}` };
}

/** Lets pending promise callbacks (enumerateDevices answers) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
