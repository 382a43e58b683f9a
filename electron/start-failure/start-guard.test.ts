import { EventEmitter } from 'node:events';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AppLanguage } from '../../shared/models/language';
import { DatabaseOpenError } from '../db/open-database';
import { guardStart, type LoadApp } from './start-guard';
import { createBrokenInstall, missingPackage } from './start-failure-test-kit';

const install = createBrokenInstall();
afterAll(() => install.remove());

/** Electron and the process as guardStart sees them: a dialog that records, a 'ready' the test gives. */
function fakeShell(language: () => AppLanguage = () => 'en') {
  const dialogs: { title: string; message: string }[] = [];
  const exits: number[] = [];
  const logLines: { file: string; line: string }[] = [];
  const process = new EventEmitter();
  let becomeReady = () => {};
  const ready = new Promise<void>((resolve) => (becomeReady = resolve));
  const shell = {
    whenReady: () => ready,
    showErrorBox: (title: string, message: string) => dialogs.push({ title, message }),
    language,
    exit: (code: number) => exits.push(code),
    logFile: () => '/logs/start-failure.log',
    writeLog: (file: string, line: string) => logLines.push({ file, line }),
    process,
  };
  const guarding = () => process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection');
  return { shell, dialogs, exits, logLines, becomeReady, guarding, emit: process.emit.bind(process) };
}

const appStarting =
  (start: () => Promise<void>): LoadApp =>
  () =>
    Promise.resolve({ startDialtone: start });
const never = () => new Promise<void>(() => {});

describe('guardStart', () => {
  it('an app that cannot load: a log line now, after ready one dialog naming the package, then exit 1', async () => {
    const t = fakeShell();
    const loadApp: LoadApp = () => import(/* @vite-ignore */ install.moduleImporting(missingPackage));
    await guardStart(loadApp, t.shell);

    expect(t.logLines).toHaveLength(1);
    expect(t.logLines[0]!.file).toBe('/logs/start-failure.log');
    expect(JSON.parse(t.logLines[0]!.line)).toMatchObject({
      level: 'error',
      scope: 'dialtone.start',
      fields: { kind: 'missing-module', code: 'ERR_MODULE_NOT_FOUND', module: missingPackage },
    });
    // On Linux a dialog before 'ready' would only reach stderr.
    await Promise.resolve();
    expect(t.dialogs).toEqual([]);

    t.becomeReady();
    await vi.waitFor(() => expect(t.exits).toEqual([1]));
    expect(t.dialogs).toEqual([
      { title: 'Dialtone is not installed completely', message: expect.stringContaining(`"${missingPackage}"`) },
    ]);
  });

  it('resolves as soon as the app has loaded and its start has begun, not when the start ends', async () => {
    const t = fakeShell();
    const start = vi.fn(never);
    await guardStart(appStarting(start), t.shell);
    expect(start).toHaveBeenCalledOnce();
    expect(t.guarding()).toBe(2);
  });

  it('a start refused by the database shows the refusal’s own message', async () => {
    const t = fakeShell();
    const refusal = new DatabaseOpenError('too-new', 'Written by a newer Dialtone. Install the newer Dialtone again.');
    await guardStart(
      appStarting(() => Promise.reject(refusal)),
      t.shell,
    );
    t.becomeReady();
    await vi.waitFor(() => expect(t.exits).toEqual([1]));
    expect(t.dialogs).toEqual([{ title: 'Dialtone cannot open its data', message: refusal.message }]);
  });

  it.each(['uncaughtException', 'unhandledRejection'])('%s while starting: one dialog, even for two', async (event) => {
    const t = fakeShell();
    await guardStart(appStarting(never), t.shell);
    t.emit(event, new TypeError('token=secret-1234'));
    t.emit(event, new RangeError('and another'));
    t.becomeReady();
    await vi.waitFor(() => expect(t.exits).toEqual([1]));
    expect(t.dialogs).toEqual([{ title: 'Dialtone could not start', message: expect.stringContaining('(TypeError)') }]);
    expect(t.dialogs[0]!.message).toContain('/logs/start-failure.log');
    expect(JSON.stringify([t.dialogs, t.logLines])).not.toContain('secret-1234');
  });

  it('a start that succeeds shows nothing and stops listening for uncaught errors', async () => {
    const t = fakeShell();
    await guardStart(
      appStarting(() => Promise.resolve()),
      t.shell,
    );
    await vi.waitFor(() => expect(t.guarding()).toBe(0));
    t.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect({ dialogs: t.dialogs, exits: t.exits, logLines: t.logLines }).toEqual({
      dialogs: [],
      exits: [],
      logLines: [],
    });
  });

  it('shows the dialog in the system language it asks for once ready, and logs in English', async () => {
    let language: AppLanguage = 'en';
    const t = fakeShell(() => language);
    await guardStart(appStarting(never), t.shell);
    t.emit('uncaughtException', new TypeError('boom'));
    language = 'de';
    t.becomeReady();
    await vi.waitFor(() => expect(t.exits).toEqual([1]));
    expect(t.dialogs).toEqual([
      { title: 'Dialtone konnte nicht starten', message: expect.stringContaining('(TypeError)') },
    ]);
    expect(JSON.parse(t.logLines[0]!.line)).toMatchObject({ message: 'Dialtone could not start' });
  });

  it('shows the dialog in English when the system language cannot be read', async () => {
    const t = fakeShell(() => {
      throw new Error('no languages');
    });
    await guardStart(appStarting(never), t.shell);
    t.emit('unhandledRejection', new TypeError('boom'));
    t.becomeReady();
    await vi.waitFor(() => expect(t.exits).toEqual([1]));
    expect(t.dialogs.map((dialog) => dialog.title)).toEqual(['Dialtone could not start']);
  });
});
