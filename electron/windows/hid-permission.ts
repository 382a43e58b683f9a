import type { Session } from 'electron';
import { isAppUrl } from './app-url';

/** Telephony devices (HID usage page 0x0B): headsets, handsets and speakerphones with call buttons. */
const telephonyUsagePage = 0x0b;

export interface HidDeviceSeen {
  deviceId: string;
  collections?: readonly { usagePage: number }[];
}

const isAppOrigin = (origin: string) => isAppUrl(origin.endsWith('/') ? origin : `${origin}/`);

export const isTelephonyDevice = (device: HidDeviceSeen) =>
  (device.collections ?? []).some((collection) => collection.usagePage === telephonyUsagePage);

/** Only our page may use WebHID at all; which devices it may open is the next question. */
export function isHidAllowedFor(origin: string): boolean {
  return isAppOrigin(origin);
}

/** Our page may open telephony devices and nothing else: no keyboards, security keys or game pads. */
export function isDeviceAllowed(ask: { deviceType: string; origin: string; device: HidDeviceSeen }): boolean {
  return ask.deviceType === 'hid' && isAppOrigin(ask.origin) && isTelephonyDevice(ask.device);
}

/**
 * "Connect a headset" in Settings: Electron has no device chooser, so the first telephony device
 * offered is taken; with none, the request is cancelled.
 */
export function chooseHidDevice(offered: readonly HidDeviceSeen[]): string | null {
  return offered.find(isTelephonyDevice)?.deviceId ?? null;
}

export function allowTelephonyHeadsets(session: Session): void {
  session.setDevicePermissionHandler((details) =>
    isDeviceAllowed({
      deviceType: details.deviceType,
      origin: details.origin,
      device: details.device as HidDeviceSeen,
    }),
  );
  session.on('select-hid-device', (event, details, callback) => {
    event.preventDefault();
    const origin = details.frame?.url ?? '';
    callback(isAppUrl(origin) ? chooseHidDevice(details.deviceList) : null);
  });
}
