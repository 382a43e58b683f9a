import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import { databaseFileName } from '../../electron/create-backend';
import { allMigrations } from '../../electron/db/migrations/all-migrations';
import { openDatabase } from '../../electron/db/open-database';
import { createSettingsQueries } from '../../electron/db/queries/settings-queries';
import { openSqlite } from '../../electron/db/sqlite';
import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import { electronBinary, expectBuiltApp, freshUserDataDir, repoRoot, skipWithoutElectron } from './electron-app';

skipWithoutElectron();

const dialogStub = fileURLToPath(new URL('stub-native-dialogs.cjs', import.meta.url));
const exitTimeoutMs = 30_000;

/** Runs Electron to its end, or kills it after timeoutMs: a start failure must never leave it running. */
function runUntilExit(args: string[], timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  // As Playwright does on Linux: Chromium's sandbox refuses to start as root, as in containers.
  const sandbox = process.platform === 'linux' ? ['--no-sandbox'] : [];
  const child = spawn(electronBinary!, [...sandbox, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

test.beforeAll(expectBuiltApp);

test('a first start opens the window on the setup wizard', async () => {
  const userData = freshUserDataDir();
  const app = await _electron.launch({
    executablePath: electronBinary,
    args: [repoRoot, `--user-data-dir=${userData.dir}`],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Welcome to Dialtone' })).toBeVisible();
    expect(window.url()).toBe('app://dialtone/index.html');
  } finally {
    await app.close();
    userData.remove();
  }
});

test('a stored shortcut Electron cannot register does not stop the start, and its status is asked for', async () => {
  const userData = freshUserDataDir();
  const db = openDatabase(join(userData.dir, databaseFileName));
  // Accepted by the settings schema before it followed Electron's grammar; globalShortcut throws on it.
  createSettingsQueries(db).writeAll({ hotkeyAnswer: 'Ctrl+Alt+Bar' });
  db.close();
  const app = await _electron.launch({
    executablePath: electronBinary,
    args: [repoRoot, `--user-data-dir=${userData.dir}`],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Welcome to Dialtone' })).toBeVisible();
    const status = await window.evaluate(() =>
      (globalThis as unknown as { dialtone: DialtoneApi }).dialtone.invoke('settings:get-hotkey-status'),
    );
    expect(status).toMatchObject({ ok: true, value: { hotkeyAnswer: expect.stringMatching(/^(active|taken)$/) } });
  } finally {
    await app.close();
    userData.remove();
  }
});

test('a database from a newer Dialtone ends the start with its message and exit code 1, without hanging', async () => {
  test.setTimeout(exitTimeoutMs + 15_000);
  const userData = freshUserDataDir();
  const future = openSqlite(join(userData.dir, databaseFileName));
  future.exec(`PRAGMA user_version = ${allMigrations.length + 1}`);
  future.close();
  try {
    const run = await runUntilExit(['-r', dialogStub, repoRoot, `--user-data-dir=${userData.dir}`], exitTimeoutMs);

    expect(run.code, `Dialtone must exit with 1 within ${exitTimeoutMs} ms; stderr:\n${run.stderr}`).toBe(1);
    expect(run.stderr).toContain('"kind":"database"');
    expect(run.stderr).toMatch(/showErrorBox \{"title":"Dialtone cannot open its data","content":".*newer version/);
  } finally {
    userData.remove();
  }
});
