import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { allowTelephonyHeadsets, chooseHidDevice, isDeviceAllowed, isHidAllowedFor } from './hid-permission';
import { restrictPermissions } from './permission-policy';

const headset = { deviceId: 'headset', collections: [{ usagePage: 0xff01 }, { usagePage: 0x0b }] };
const keyboard = { deviceId: 'keyboard', collections: [{ usagePage: 0x01 }, { usagePage: 0x0c }] };
const securityKey = { deviceId: 'fido', collections: [{ usagePage: 0xf1d0 }] };

describe('which HID devices the page may use', () => {
  it('lets our page open telephony devices only', () => {
    const ask = { deviceType: 'hid', origin: 'app://dialtone' };
    expect(isDeviceAllowed({ ...ask, device: headset })).toBe(true);
    expect(isDeviceAllowed({ ...ask, device: keyboard })).toBe(false);
    expect(isDeviceAllowed({ ...ask, device: securityKey })).toBe(false);
    expect(isDeviceAllowed({ ...ask, device: { deviceId: 'bare' } })).toBe(false);
  });

  it('refuses other origins, look-alikes and other kinds of device', () => {
    expect(isDeviceAllowed({ deviceType: 'hid', origin: 'https://evil.example', device: headset })).toBe(false);
    expect(isDeviceAllowed({ deviceType: 'hid', origin: 'app://dialtone.evil', device: headset })).toBe(false);
    expect(isDeviceAllowed({ deviceType: 'usb', origin: 'app://dialtone', device: headset })).toBe(false);
    expect(isHidAllowedFor('app://dialtone')).toBe(true);
    expect(isHidAllowedFor('app://dialtone/')).toBe(true);
    expect(isHidAllowedFor('https://evil.example')).toBe(false);
  });

  it('picks the first telephony device offered by "Connect a headset", or cancels', () => {
    expect(chooseHidDevice([keyboard, headset, { ...headset, deviceId: 'second' }])).toBe('headset');
    expect(chooseHidDevice([keyboard, securityKey])).toBeNull();
    expect(chooseHidDevice([])).toBeNull();
  });
});

describe('the session handlers', () => {
  it('answers device permission and the device chooser with the policy', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const session = {
      setDevicePermissionHandler: vi.fn(),
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
    };
    allowTelephonyHeadsets(session as unknown as Session);
    const [permission] = session.setDevicePermissionHandler.mock.calls[0]!;
    expect(permission({ deviceType: 'hid', origin: 'app://dialtone', device: headset })).toBe(true);
    expect(permission({ deviceType: 'hid', origin: 'app://dialtone', device: keyboard })).toBe(false);

    const choose = listeners.get('select-hid-device')!;
    const event = { preventDefault: vi.fn() };
    const callback = vi.fn();
    choose(event, { deviceList: [keyboard, headset], frame: { url: 'app://dialtone/index.html' } }, callback);
    choose(event, { deviceList: [headset], frame: { url: 'https://evil.example/' } }, callback);
    choose(event, { deviceList: [headset], frame: null }, callback);
    expect(event.preventDefault).toHaveBeenCalledTimes(3);
    expect(callback.mock.calls).toEqual([['headset'], [null], [null]]);
  });

  it('lets only our page use WebHID at all', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    restrictPermissions(session as unknown as Session);
    const [check] = session.setPermissionCheckHandler.mock.calls[0]!;
    expect(check(null, 'hid', 'app://dialtone', {})).toBe(true);
    expect(check(null, 'hid', 'https://evil.example', { requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(
      check(null, 'serial', 'app://dialtone', { requestingUrl: 'app://dialtone/index.html', isMainFrame: true }),
    ).toBe(false);
  });
});
