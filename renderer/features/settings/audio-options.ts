import {
  defaultDeviceName,
  labelsHidden,
  namedDevices,
  type ChosenDevice,
  type MediaDeviceLike,
} from '../../stores/devices/device-choice';
import { translate } from '../../i18n/translate';

/** The select's value for "follow the system default": no remembered name (names are never empty). */
export const systemDefaultValue = '';

export interface DeviceOption {
  value: string;
  label: string;
}

function absentLabel(name: string, hidden: boolean) {
  // Before microphone access no name is known, so nothing can be called disconnected.
  return hidden ? name : translate('settings.deviceNotConnected', { name });
}

/**
 * The options of the Microphone or Speaker select: the system default, the devices present (one
 * per name), then remembered names that are not connected now.
 */
export function deviceOptions(
  devices: readonly MediaDeviceLike[],
  kind: MediaDeviceKind,
  remembered: readonly string[],
): DeviceOption[] {
  const present = namedDevices(devices, kind).map((device) => device.label);
  const defaultName = defaultDeviceName(devices, kind);
  const hidden = labelsHidden(devices);
  return [
    {
      value: systemDefaultValue,
      label: defaultName
        ? translate('settings.deviceSystemDefaultNamed', { name: defaultName })
        : translate('settings.deviceSystemDefault'),
    },
    ...present.map((name) => ({ value: name, label: name })),
    ...remembered
      .filter((name) => !present.includes(name))
      .map((name) => ({ value: name, label: absentLabel(name, hidden) })),
  ];
}

/** The select shows the most preferred name, connected or not, or the system default. */
export function selectedDevice(remembered: readonly string[]): string {
  return remembered[0] ?? systemDefaultValue;
}

/** Says which device stands in while the preferred one is away; null when the choice is in use. */
export function standInNotice(remembered: readonly string[], chosen: ChosenDevice | null, hidden: boolean) {
  const wanted = remembered[0];
  if (!wanted || hidden || !chosen || chosen.name === wanted) return null;
  return chosen.name
    ? translate('settings.deviceStandIn', { wanted, name: chosen.name })
    : translate('settings.deviceStandInDefault', { wanted });
}

export interface RingerOption {
  name: string;
  label: string;
  checked: boolean;
  /** The last device ringing cannot be unticked: with none, Dialtone rings on the speaker anyway. */
  locked: boolean;
}

/** One checkbox per output present, then remembered ringers that are not connected now. */
export function ringerOptions(
  devices: readonly MediaDeviceLike[],
  remembered: readonly string[],
  ringing: readonly ChosenDevice[],
): RingerOption[] {
  const present = namedDevices(devices, 'audiooutput').map((device) => device.label);
  const ringingNames = ringing.map((device) => device.name).filter((name) => present.includes(name));
  const hidden = labelsHidden(devices);
  return [
    ...present.map((name) => {
      const checked = ringingNames.includes(name);
      return { name, label: name, checked, locked: checked && ringingNames.length === 1 };
    }),
    ...remembered
      .filter((name) => !present.includes(name))
      .map((name) => ({ name, label: absentLabel(name, hidden), checked: true, locked: false })),
  ];
}

/** "Headset", "Headset and Speakers", "Headset, Speakers and USB Speaker", in the app's language. */
export function listNames(names: readonly string[], locale = 'en'): string {
  // Dialtone's English joins the last name without a serial comma, as British English does.
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(names);
}
