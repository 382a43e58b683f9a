import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/** What the Electron specs share: the binary, the built app, a fresh user data folder. */

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

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

export const electronBinary = findElectronBinary();

const skipReason =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): Electron specs skipped; the browser shell specs cover the renderer';
// Printed here, once for all Electron specs: the list reporter shows a skipped test's title but not
// the reason given to test.skip (that reaches the JSON and HTML reports only).
if (electronBinary === undefined) console.log(skipReason);

/** Skips the calling spec file's tests where there is no Electron binary. */
export function skipWithoutElectron(): void {
  test.skip(electronBinary === undefined, skipReason);
}

export function expectBuiltApp(): void {
  expect(existsSync(join(repoRoot, 'dist/electron/main.js')), 'run `npm run build` first').toBe(true);
}

export function freshUserDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-electron-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
