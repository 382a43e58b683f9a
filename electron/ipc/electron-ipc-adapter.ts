import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { eventChannels } from '../../shared/contract/event-channels';
import { invokeChannelNames } from '../../shared/contract/channel-names';
import { err } from '../../shared/result';
import { words } from '../../shared/text/words';
import type { Logger } from '../logging/logger';
import type { EventBus } from '../services/event-bus';
import { isAppUrl } from '../windows/app-url';
import type { ContractRouter } from './contract-router';

export interface ElectronIpcOptions {
  window: BrowserWindow;
  router: ContractRouter;
  events: EventBus;
  logger: Logger;
}

/** Only the main frame of our own window, showing our own page, may call into main. */
function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, window: BrowserWindow): boolean {
  try {
    if (window.isDestroyed()) return false;
    const contents = window.webContents;
    const frame = event.senderFrame;
    return event.sender === contents && frame !== null && frame === contents.mainFrame && isAppUrl(frame.url);
  } catch {
    // A frame that navigated away or was disposed mid-call throws on access: refuse it.
    return false;
  }
}

/**
 * The Electron adapter of the contract: one ipcMain handler per invoke channel, each checking its
 * sender before the router sees anything, and every bus event re-validated then sent to the window.
 * The only place in the app that uses ipcMain or webContents.send. Returns a dispose function.
 */
export function registerElectronIpc({ window, router, events, logger }: ElectronIpcOptions): () => void {
  for (const channel of invokeChannelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event, window)) {
        logger.warn('Refused a request from outside the Dialtone window', { channel });
        return err('invalid-request', words('general.notFromWindow'));
      }
      return router.invoke(channel, payload);
    });
  }

  const unsubscribe = events.subscribe((event, payload) => {
    const parsed = eventChannels[event].safeParse(payload);
    if (!parsed.success) {
      logger.error('An event outside the contract was not sent to the window', { event });
      return;
    }
    if (!window.isDestroyed()) window.webContents.send(event, parsed.data);
  });

  return () => {
    unsubscribe();
    for (const channel of invokeChannelNames) ipcMain.removeHandler(channel);
  };
}
