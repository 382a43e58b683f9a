import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import { hotkeyStates } from '../../shared/models/hotkey-status';
import { electronBinary, expectBuiltApp, freshUserDataDir, repoRoot, skipWithoutElectron } from './electron-app';

/*
 * The everyday desktop phone in the real Electron shell: start at login through an XDG autostart
 * entry on Linux, the self-update of a copy that is not installed, and the redial and call-back
 * shortcuts. The tray menu itself cannot be read from here; its model is tested in tray-menu.test.ts.
 */

skipWithoutElectron();

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let window: Page;
let userData: ReturnType<typeof freshUserDataDir> | undefined;
let configHome: string;

const invoke = (channel: string, payload?: unknown) =>
  window.evaluate(
    ([name, input]) =>
      (globalThis as unknown as { dialtone: DialtoneApi }).dialtone.invoke(name as never, input as never),
    [channel, payload] as const,
  );

test.beforeAll(async () => {
  expectBuiltApp();
  userData = freshUserDataDir();
  configHome = mkdtempSync(join(tmpdir(), 'dialtone-xdg-config-'));
  app = await _electron.launch({
    executablePath: electronBinary,
    args: [repoRoot, `--user-data-dir=${userData.dir}`],
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
  });
  window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  userData?.remove();
  rmSync(configHome, { recursive: true, force: true });
});

test('on Linux, start at login writes the autostart entry for this executable and removes it', async () => {
  test.skip(process.platform !== 'linux', 'XDG autostart is Linux only; macOS and Windows use login items');
  expect(await invoke('app:get-info')).toMatchObject({ ok: true, value: { features: { startAtLogin: true } } });
  const entry = join(configHome, 'autostart', 'dialtone.desktop');
  expect(await invoke('settings:update', { startAtLogin: true })).toMatchObject({ ok: true });
  const text = readFileSync(entry, 'utf8');
  expect(text).toContain('X-GNOME-Autostart-enabled=true');
  expect(text).toContain(electronBinary!.includes(' ') ? `Exec="${electronBinary}"` : `Exec=${electronBinary}`);
  expect(await invoke('settings:update', { startAtLogin: false })).toMatchObject({ ok: true });
  expect(existsSync(entry)).toBe(false);
});

test('a copy started from the sources says it does not update itself, and refuses the restart', async () => {
  expect(await invoke('app:get-info')).toMatchObject({ ok: true, value: { features: { updates: true } } });
  expect(await invoke('updates:get')).toEqual({ ok: true, value: { status: 'unsupported', reason: 'not-installed' } });
  expect(await invoke('updates:restart')).toMatchObject({ ok: false, error: { code: 'unsupported' } });
});

test('the redial and call-back shortcuts are registered (or say why not)', async () => {
  const status = await invoke('settings:get-hotkey-status');
  expect(status.ok).toBe(true);
  const { hotkeyRedial, hotkeyCallBack } = (status as { value: Record<string, string> }).value;
  for (const state of [hotkeyRedial, hotkeyCallBack]) {
    expect(hotkeyStates).toContain(state);
    expect(state).not.toBe('unavailable');
  }
});
