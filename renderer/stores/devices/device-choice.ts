/** The fields of MediaDeviceInfo that device choice reads. */
export interface MediaDeviceLike {
  deviceId: string;
  kind: MediaDeviceKind;
  label: string;
  groupId: string;
}

/** Device names from the settings, most preferred first. */
export interface DevicePreferences {
  microphones: readonly string[];
  speakers: readonly string[];
  ringers: readonly string[];
}

export interface ChosenDevice {
  /** '' when the browser has not revealed ids yet: use the system default. */
  deviceId: string;
  /** The device's name, or '' before the person allowed microphone access. */
  name: string;
  /** True when a name in the preferences picked it, false when it is the system default. */
  preferred: boolean;
}

export interface DeviceChoice {
  microphone: ChosenDevice | null;
  speaker: ChosenDevice | null;
  /** Every output that rings at once; empty only when the browser lists no outputs. */
  ringers: ChosenDevice[];
}

// Chromium lists the system default (and on Windows the communications device) a second time
// under these ids, labelled "Default - <name>". They are not devices a person names.
const aliasIds = new Set(['default', 'communications']);

export function isAlias(device: MediaDeviceLike): boolean {
  return aliasIds.has(device.deviceId);
}

/** Labels stay empty until the person allows microphone access. */
export function labelsHidden(devices: readonly MediaDeviceLike[]): boolean {
  return devices.length > 0 && devices.every((device) => device.label === '');
}

/** The real devices of a kind, one per name (the first listed wins), without the default alias. */
export function namedDevices(devices: readonly MediaDeviceLike[], kind: MediaDeviceKind): MediaDeviceLike[] {
  const seen = new Set<string>();
  return devices.filter((device) => {
    if (device.kind !== kind || isAlias(device) || device.label === '' || seen.has(device.label)) return false;
    seen.add(device.label);
    return true;
  });
}

/**
 * The name of the device behind the default alias: Windows and macOS label it "Default - <name>",
 * elsewhere the alias shares its groupId with the real device.
 */
export function defaultDeviceName(devices: readonly MediaDeviceLike[], kind: MediaDeviceKind): string {
  const named = namedDevices(devices, kind);
  const alias = devices.find((device) => device.kind === kind && device.deviceId === 'default');
  if (!alias) return named[0]?.label ?? '';
  const prefixed = /^Default\s*-\s*(.+)$/.exec(alias.label)?.[1];
  if (prefixed) return prefixed;
  const sameGroup = alias.groupId ? named.filter((device) => device.groupId === alias.groupId) : [];
  const behind = sameGroup.length === 1 ? sameGroup[0] : undefined;
  return behind?.label ?? alias.label;
}

function systemDefault(devices: readonly MediaDeviceLike[], kind: MediaDeviceKind): ChosenDevice | null {
  const ofKind = devices.filter((device) => device.kind === kind);
  const device = ofKind.find((candidate) => candidate.deviceId === 'default') ?? ofKind[0];
  if (!device) return null;
  return { deviceId: device.deviceId, name: defaultDeviceName(devices, kind), preferred: false };
}

function presentPreferred(
  devices: readonly MediaDeviceLike[],
  kind: MediaDeviceKind,
  names: readonly string[],
): ChosenDevice[] {
  const byName = new Map(namedDevices(devices, kind).map((device) => [device.label, device]));
  const chosen: ChosenDevice[] = [];
  for (const name of names) {
    const device = byName.get(name);
    if (device && !chosen.some((known) => known.deviceId === device.deviceId)) {
      chosen.push({ deviceId: device.deviceId, name, preferred: true });
    }
  }
  return chosen;
}

/**
 * Picks the devices a call and the ringer use from what is plugged in now and the remembered
 * names. Run it again on every device change: a preferred device that disappears falls back to
 * the next preferred one, or the system default, and is taken again when it comes back.
 */
export function chooseDevices(devices: readonly MediaDeviceLike[], preferences: DevicePreferences): DeviceChoice {
  const microphone =
    presentPreferred(devices, 'audioinput', preferences.microphones)[0] ?? systemDefault(devices, 'audioinput');
  const speaker =
    presentPreferred(devices, 'audiooutput', preferences.speakers)[0] ?? systemDefault(devices, 'audiooutput');
  const preferredRingers = presentPreferred(devices, 'audiooutput', preferences.ringers);
  const ringers = preferredRingers.length > 0 ? preferredRingers : speaker ? [speaker] : [];
  return { microphone, speaker, ringers };
}

/** A device id for getUserMedia or setSinkId; undefined means the system default. */
export function deviceIdOf(device: ChosenDevice | null): string | undefined {
  return device?.deviceId || undefined;
}
