import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import { electronBinary, expectBuiltApp, freshUserDataDir, repoRoot, skipWithoutElectron } from './electron-app';

skipWithoutElectron();

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let window: Page;
let userData: ReturnType<typeof freshUserDataDir> | undefined;

test.beforeAll(async () => {
  expectBuiltApp();
  userData = freshUserDataDir();
  app = await _electron.launch({
    executablePath: electronBinary,
    args: [repoRoot, `--user-data-dir=${userData.dir}`],
  });
  window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  userData?.remove();
});

test('the window loads Dialtone from app://dialtone', async () => {
  expect(window.url()).toBe('app://dialtone/index.html');
});

test('window.dialtone is exactly invoke and on, and the page has no Node', async () => {
  const exposed = await window.evaluate(() => ({
    keys: Object.keys((globalThis as unknown as { dialtone: object }).dialtone).sort(),
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ keys: ['invoke', 'on'], require: 'undefined', process: 'undefined' });
});

test('invoke reaches the main process through the contract', async () => {
  const info = await window.evaluate(() =>
    (globalThis as unknown as { dialtone: DialtoneApi }).dialtone.invoke('app:get-info'),
  );
  expect(info).toMatchObject({ ok: true, value: { shell: 'electron' } });
});

test('every app:// response carries the Content-Security-Policy', async () => {
  const csp = await window.evaluate(async () =>
    (await fetch('app://dialtone/index.html')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("default-src 'self'");
});

test('the window cannot navigate away from app://dialtone', async () => {
  await window.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await window.waitForTimeout(500);
  expect(window.url()).toBe('app://dialtone/index.html');
});
