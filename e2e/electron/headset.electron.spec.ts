import { _electron, expect, test } from '@playwright/test';
import { electronBinary, expectBuiltApp, freshUserDataDir, repoRoot, skipWithoutElectron } from './electron-app';

/*
 * The desktop app's WebHID policy (electron/windows/hid-permission.ts) in a real Electron: the page
 * may use WebHID, and the devices it sees without asking are telephony devices only (none on a
 * machine without a headset). The decisions themselves are unit-tested in hid-permission.test.ts.
 */

skipWithoutElectron();

test('the page may use WebHID and sees telephony devices only', async () => {
  expectBuiltApp();
  const userData = freshUserDataDir();
  const app = await _electron.launch({
    executablePath: electronBinary,
    args: [repoRoot, `--user-data-dir=${userData.dir}`],
  });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    const seen = await window.evaluate(async () => {
      type Device = { collections: { usagePage: number }[] };
      const hid = (navigator as Navigator & { hid?: { getDevices(): Promise<Device[]> } }).hid;
      if (!hid) return null;
      const devices = await hid.getDevices();
      return devices.map((device) => device.collections.some((collection) => collection.usagePage === 0x0b));
    });
    expect(seen).not.toBeNull();
    expect(seen!.every((telephony) => telephony)).toBe(true);
  } finally {
    await app.close();
    userData.remove();
  }
});
