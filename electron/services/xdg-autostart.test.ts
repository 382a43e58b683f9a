import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../logging/logger';
import { autostartDir, autostartEntry, createXdgAutostart, execArgument } from './xdg-autostart';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dialtone-autostart-'));
});
afterEach(() => {
  chmodSync(root, 0o700);
  rmSync(root, { recursive: true, force: true });
});

/** Reads an Exec value back as a desktop environment does: string escapes first, then the quoting rule. */
function parseExec(value: string): string[] {
  const unescaped = value.replace(/\\([\\sntr])/g, (_, c: string) => ({ s: ' ', n: '\n', t: '\t', r: '\r' })[c] ?? c);
  const args: string[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < unescaped.length; i++) {
    const c = unescaped[i]!;
    if (quoted && c === '\\') current += unescaped[++i];
    else if (c === '"') [quoted, started] = [!quoted, true];
    else if (c === ' ' && !quoted) {
      if (started) args.push(current);
      [current, started] = ['', false];
    } else [current, started] = [current + c, true];
  }
  expect(quoted).toBe(false);
  if (started) args.push(current);
  return args.map((arg) => arg.replaceAll('%%', '%'));
}

/** The checks desktop-file-validate makes that matter here (the real tool runs in its own test where installed). */
function expectValidEntry(path: string) {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n').filter((line) => line !== '');
  expect(lines[0]).toBe('[Desktop Entry]');
  const keys = new Map(lines.slice(1).map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
  expect(keys.size).toBe(lines.length - 1);
  for (const key of keys.keys()) expect(key).toMatch(/^[A-Za-z0-9-]+$/);
  expect(keys.get('Type')).toBe('Application');
  expect(keys.get('Name')).toBe('Dialtone');
  expect(keys.get('X-GNOME-Autostart-enabled')).toBe('true');
  // Unquoted field codes other than %% are not allowed in a path.
  expect(keys.get('Exec')!.replaceAll('%%', '')).not.toContain('%');
  return parseExec(keys.get('Exec')!);
}

describe('XDG autostart', () => {
  it('uses $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when it is unset or relative', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/autostart');
    expect(autostartDir({}, '/home/ana')).toBe('/home/ana/.config/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative/cfg' }, '/home/ana')).toBe('/home/ana/.config/autostart');
  });

  it('writes an entry whose Exec is the executable, and removes it', () => {
    const dir = join(root, 'autostart');
    const item = createXdgAutostart({ dir, executable: '/opt/Dialtone/dialtone', logger: createMemoryLogger() });
    expect(item.supported).toBe(true);
    item.apply(true);
    expect(expectValidEntry(join(dir, 'dialtone.desktop'))).toEqual(['/opt/Dialtone/dialtone']);
    item.apply(false);
    expect(existsSync(join(dir, 'dialtone.desktop'))).toBe(false);
  });

  it.each([
    '/home/Ana Ruiz/Applications/Dialtone 1.2.AppImage',
    `/home/o'brien/"quoted" $HOME \`tick\` back\\slash/100% dialtone`,
    '/tmp/a&b;c|d<e>f*g?h#i(j)~k',
  ])('escapes %s so it reads back as the same single argument', (executable) => {
    const dir = join(root, 'autostart');
    createXdgAutostart({ dir, executable, logger: createMemoryLogger() }).apply(true);
    expect(expectValidEntry(join(dir, 'dialtone.desktop'))).toEqual([executable]);
  });

  it('passes desktop-file-validate', (context) => {
    const validator = spawnSync('desktop-file-validate', ['--help'], { stdio: 'ignore' });
    if (validator.error) context.skip('desktop-file-validate is not installed (Debian package desktop-file-utils)');
    const dir = join(root, 'autostart');
    const executable = `/home/o'brien/"quoted" $HOME/100% dialtone`;
    createXdgAutostart({ dir, executable, logger: createMemoryLogger() }).apply(true);
    expect(() =>
      execFileSync('desktop-file-validate', [join(dir, 'dialtone.desktop')], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('refuses a path with a control character, with a clear message', () => {
    expect(() => execArgument('/tmp/a\nb')).toThrow(/control character/);
  });

  it('is idempotent: on twice gives one identical file, off twice is not an error', () => {
    const dir = join(root, 'autostart');
    const logger = createMemoryLogger();
    const item = createXdgAutostart({ dir, executable: '/usr/bin/dialtone', logger });
    item.apply(true);
    item.apply(true);
    expect(readFileSync(join(dir, 'dialtone.desktop'), 'utf8')).toBe(autostartEntry('/usr/bin/dialtone'));
    item.apply(false);
    item.apply(false);
    expect(existsSync(join(dir, 'dialtone.desktop'))).toBe(false);
    expect(logger.records).toEqual([]);
  });

  it('logs what to do, and does not throw, when the folder cannot be written', () => {
    const dir = join(root, 'autostart');
    const logger = createMemoryLogger();
    if (process.getuid?.() === 0) {
      // root writes through file modes: a file where the folder should be blocks it the same way.
      writeFileSync(dir, 'not a folder');
    } else {
      chmodSync(root, 0o500);
    }
    const item = createXdgAutostart({ dir, executable: '/usr/bin/dialtone', logger });
    expect(() => item.apply(true)).not.toThrow();
    expect(logger.records).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/Start at login could not be changed: check that this folder/),
        fields: expect.objectContaining({ file: join(dir, 'dialtone.desktop'), startAtLogin: true }),
      }),
    ]);
  });
});
