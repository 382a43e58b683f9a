import type { AppLanguage } from '../../shared/models/language';
import { describeStartFailure } from './start-failure';

/** What guardStart needs from Electron and the process; injected so the flow runs in plain Node tests. */
export interface StartShell {
  /** On Linux a dialog shown before 'ready' only reaches stderr, so the dialog waits for this. */
  whenReady(): Promise<unknown>;
  showErrorBox(title: string, message: string): void;
  /** The language of the dialog, asked once the app is ready (the settings may be what failed). */
  language(): AppLanguage;
  exit(code: number): void;
  logFile(): string;
  /** Appends one line to the log file and to stderr. */
  writeLog(file: string, line: string): void;
  /** Where uncaughtException and unhandledRejection are heard while Dialtone starts. */
  process: {
    on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
    off(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
  };
}

/** The app module (electron/main.ts), loaded only once the failure handling is in place. */
export type LoadApp = () => Promise<{ startDialtone(): Promise<void> }>;

/**
 * Loads and starts the app so that no failure on the way is silent: a module that cannot be
 * loaded, a start that rejects, or an exception nobody caught while starting each end in one
 * dialog that says what to do, a line in the log, and exit code 1.
 *
 * Resolves once the app module has loaded and its synchronous, before-ready start-up has run; the
 * rest of the start is guarded in the background, since Electron emits 'ready' only after the
 * entry module, which awaits this, has finished.
 */
/** Nothing may stop the dialog from showing: a language that cannot be read is English. */
function dialogLanguage(shell: StartShell): AppLanguage {
  try {
    return shell.language();
  } catch {
    return 'en';
  }
}

export async function guardStart(loadApp: LoadApp, shell: StartShell): Promise<void> {
  let failed = false;
  // Stays subscribed after a failure: a second exception must not bring up Electron's own dialog.
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    const logFile = shell.logFile();
    // The log is in English, for whoever reads it to help.
    const logged = describeStartFailure(error, logFile, 'en');
    const record = { level: 'error', scope: 'dialtone.start', message: logged.title, fields: logged.fields };
    shell.writeLog(logFile, `${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`);
    void shell.whenReady().then(() => {
      const failure = describeStartFailure(error, logFile, dialogLanguage(shell));
      shell.showErrorBox(failure.title, failure.message);
      shell.exit(1);
    });
  };
  const stopGuarding = () => {
    shell.process.off('uncaughtException', fail);
    shell.process.off('unhandledRejection', fail);
  };
  shell.process.on('uncaughtException', fail);
  shell.process.on('unhandledRejection', fail);

  try {
    const app = await loadApp();
    app.startDialtone().then(stopGuarding, fail);
  } catch (error) {
    fail(error);
  }
}
