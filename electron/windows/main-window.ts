import { BrowserWindow } from 'electron';
import type { Logger } from '../logging/logger';
import { appEntryUrl } from './app-url';

export interface MainWindowOptions {
  /** The bundled CommonJS preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** While the app keeps running in the tray, closing the window only hides it. */
  hideOnClose: () => boolean;
  logger: Logger;
}

export function createMainWindow({ preloadPath, hideOnClose, logger }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Dialtone',
    width: 420,
    height: 700,
    minWidth: 360,
    minHeight: 560,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // A call keeps running while the window is hidden in the tray; its timers must not be throttled.
      backgroundThrottling: false,
      // The first incoming call must ring even if the person has not clicked anything yet.
      autoplayPolicy: 'no-user-gesture-required',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (!hideOnClose()) return;
    event.preventDefault();
    window.hide();
  });
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    logger.error('The window could not load Dialtone', {
      error: error instanceof Error ? error.message : String(error),
    });
  });
  return window;
}

export function revealWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
