import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { DialtoneApi } from '../../shared/contract/dialtone-api';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Electron executable, or undefined when it is not installed. Mirrors what require('electron')
 * resolves, without calling it: on a missing binary that call starts a download.
 */
function findElectronBinary(): string | undefined {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}

const electronBinary = findElectronBinary();
const skipReason =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): Electron specs skipped; the browser shell specs cover the renderer';
if (electronBinary === undefined) console.log(skipReason);
test.skip(electronBinary === undefined, skipReason);

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let window: Page;
let userDataDir: string;

test.beforeAll(async () => {
  expect(existsSync(join(repoRoot, 'dist/electron/main.js')), 'run `npm run build` first').toBe(true);
  userDataDir = mkdtempSync(join(tmpdir(), 'dialtone-electron-e2e-'));
  app = await _electron.launch({
    executablePath: electronBinary,
    args: [repoRoot, `--user-data-dir=${userDataDir}`],
  });
  window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

test('the window loads Dialtone from app://dialtone', async () => {
  expect(window.url()).toBe('app://dialtone/index.html');
  await expect(window.getByTestId('registration-status')).toHaveText(/No phone line yet/);
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
