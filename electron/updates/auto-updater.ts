import type { AppUpdater } from 'electron-updater';
import type { Logger } from '../logging/logger';
import type { Updater } from './update-policy';

/**
 * electron-updater's autoUpdater behind the policy's Updater: downloads start on their own once an
 * update is found; an update downloaded and not chosen is installed when Dialtone quits anyway.
 * beforeInstall runs right before quitAndInstall (main lets its window close instead of hiding).
 */
export function updaterFrom(autoUpdater: AppUpdater, logger: Logger, beforeInstall: () => void): Updater {
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = {
    info: (message?: unknown) => logger.debug(String(message)),
    warn: (message?: unknown) => logger.warn(String(message)),
    error: (message?: unknown) => logger.debug(String(message)),
  };
  return {
    checkForUpdates: () => autoUpdater.checkForUpdates(),
    quitAndInstall() {
      beforeInstall();
      autoUpdater.quitAndInstall();
    },
    onEvent(listener) {
      autoUpdater.on('checking-for-update', () => listener({ kind: 'checking' }));
      autoUpdater.on('update-available', (info) => listener({ kind: 'available', version: String(info.version) }));
      autoUpdater.on('download-progress', (progress) => listener({ kind: 'progress', percent: progress.percent }));
      autoUpdater.on('update-not-available', () => listener({ kind: 'not-available' }));
      autoUpdater.on('update-downloaded', (info) => listener({ kind: 'downloaded', version: String(info.version) }));
      autoUpdater.on('error', (error) => listener({ kind: 'error', message: error.message }));
    },
  };
}
