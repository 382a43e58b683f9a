/*
 * The entry Electron runs (dist/electron/main.js). It imports only Electron, Node's builtins and
 * electron/start-failure (which imports nothing else), so it always loads;
 * it then loads the app (main.ts) itself, so that a module missing from the installation or built for
 * another Electron ends in a dialog that says what to do, not in a process that exits with one line on
 * stderr nobody sees.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { app, dialog } from 'electron';
import { systemDialogLanguage } from './start-failure/start-failure-text';
import { guardStart } from './start-failure/start-guard';

function appendLine(file: string, line: string): void {
  process.stderr.write(line);
  try {
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, line);
  } catch {
    // The same line is on stderr; the dialog still shows.
  }
}

// Awaited at the top level: Electron emits 'ready' only after this, so main.ts's before-ready
// set-up (privileged scheme, switches, single-instance lock) still happens in time.
await guardStart(() => import('./main'), {
  whenReady: () => app.whenReady(),
  showErrorBox: (title, message) => dialog.showErrorBox(title, message),
  language: () => systemDialogLanguage(app.getPreferredSystemLanguages()),
  exit: (code) => app.exit(code),
  logFile: () => join(app.getPath('logs'), 'start-failure.log'),
  writeLog: appendLine,
  process,
});
