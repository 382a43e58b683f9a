import { appUpdateLimits, type AppUpdateState } from '../../shared/models/app-update';
import { readableText } from '../../shared/readable-text';
import { words } from '../../shared/text/words';
import type { Logger } from '../logging/logger';
import { AppFailure } from '../services/app-failure';
import type { EventBus } from '../services/event-bus';

/** What the policy hears from electron-updater's autoUpdater (electron/updates/auto-updater.ts adapts it). */
export type UpdaterEvent =
  | { kind: 'checking' }
  | { kind: 'available'; version: string }
  | { kind: 'progress'; percent: number }
  | { kind: 'not-available' }
  | { kind: 'downloaded'; version: string }
  | { kind: 'error'; message: string };

/** electron-updater's autoUpdater, seen through the little the policy needs. */
export interface Updater {
  /** Downloads in the background once an update is found (autoDownload). */
  checkForUpdates(): Promise<unknown>;
  /** Installs the downloaded update and restarts Dialtone. */
  quitAndInstall(): void;
  onEvent(listener: (event: UpdaterEvent) => void): void;
}

export interface UpdatePolicyDeps {
  updater: Updater;
  events: EventBus;
  logger: Logger;
  /** True while any call exists (ringing, connected, on hold): an update never restarts over it. */
  callUp(): boolean;
  now(): number;
  every(ms: number, run: () => void): () => void;
}

/** Checked at start and then every four hours. */
export const updateCheckIntervalMs = 4 * 60 * 60 * 1000;

const cleanVersion = (version: string) => readableText(version, appUpdateLimits.version) || '?';

/**
 * When the desktop app looks for, downloads and installs updates: it checks at start and every
 * few hours and downloads in the background; installing waits for the person to choose "Restart to
 * update", and is refused while a call is up. A failure is kept for Settings to show until the next check.
 */
export function createUpdatePolicy(deps: UpdatePolicyDeps) {
  const { updater, events, logger } = deps;
  let state: AppUpdateState = { status: 'idle', checkedAt: null };
  let stopTimer: (() => void) | null = null;

  const set = (next: AppUpdateState) => {
    state = next;
    events.emit('updates:changed', next);
  };
  const fail = (message: string) => {
    logger.warn('The update failed', { reason: readableText(message, appUpdateLimits.reason) });
    set({ status: 'failed', reason: readableText(message, appUpdateLimits.reason) });
  };

  updater.onEvent((event) => {
    switch (event.kind) {
      case 'checking':
        return set({ status: 'checking' });
      case 'available':
        return set({ status: 'downloading', version: cleanVersion(event.version), percent: 0 });
      case 'progress': {
        if (state.status !== 'downloading') return;
        const percent = Math.min(100, Math.max(0, Math.floor(Number.isFinite(event.percent) ? event.percent : 0)));
        if (percent !== state.percent) set({ ...state, percent });
        return;
      }
      case 'not-available':
        return set({ status: 'idle', checkedAt: deps.now() });
      case 'downloaded':
        logger.info('An update is ready to install', { version: cleanVersion(event.version) });
        return set({ status: 'ready', version: cleanVersion(event.version) });
      case 'error':
        return fail(event.message);
    }
  });

  function check(): void {
    // Once downloading or downloaded, there is nothing to look for until the restart.
    if (state.status === 'checking' || state.status === 'downloading' || state.status === 'ready') return;
    updater.checkForUpdates().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
  }

  return {
    start(): void {
      if (stopTimer) return;
      check();
      stopTimer = deps.every(updateCheckIntervalMs, check);
    },
    stop(): void {
      stopTimer?.();
      stopTimer = null;
    },
    get: (): AppUpdateState => state,
    restartToUpdate(): void {
      if (state.status !== 'ready') {
        throw new AppFailure('out-of-order', words('setup.updateNotReady'));
      }
      if (deps.callUp()) {
        throw new AppFailure('out-of-order', words('setup.updateDuringCall'));
      }
      logger.info('Restarting to install the update', { version: state.version });
      updater.quitAndInstall();
    },
  };
}

export type UpdatePolicy = ReturnType<typeof createUpdatePolicy>;
/** What the contract's updates channels use. */
export type AppUpdates = Pick<UpdatePolicy, 'get' | 'restartToUpdate'>;

/** The browser shell, or a copy started from the sources: nothing to update, and the restart says so. */
export function noUpdates(reason: 'browser-shell' | 'not-installed'): AppUpdates {
  return {
    get: () => ({ status: 'unsupported', reason }),
    restartToUpdate() {
      throw new AppFailure(
        'unsupported',
        words(reason === 'browser-shell' ? 'setup.updateBrowserShell' : 'setup.updateNotInstalled'),
      );
    },
  };
}
