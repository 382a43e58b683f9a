import { join } from 'node:path';
import { app, dialog, globalShortcut, powerMonitor, session } from 'electron';
import type { Settings } from '../shared/models/settings';
import { createBackend, type Backend } from './create-backend';
import { registerElectronIpc } from './ipc/electron-ipc-adapter';
import { createStderrLogger, type Logger } from './logging/logger';
import { createFileSecretStore } from './secrets/file-secret-store';
import { createSafeStorageCodec } from './secrets/safe-storage-codec';
import type { LoginItem } from './services/settings-service';
import { registerAppSchemeAsPrivileged, serveAppProtocol } from './windows/app-protocol';
import { createMainWindow, revealWindow } from './windows/main-window';
import { restrictPermissions } from './windows/permission-policy';
import { createTray } from './windows/tray';
import { createGlobalHotkeys, type GlobalHotkeys, type HotkeyAction } from './windows/global-hotkeys';
import { createDoNotDisturbNotifier, type DoNotDisturbSource } from './windows/do-not-disturb-notification';
import { notifyIncomingCalls } from './windows/incoming-call-notification';
import { notifyInboxArrivals } from './windows/inbox-notification';
import { runCallHotkey } from './services/call-hotkeys';
import { assertNever } from '../shared/assert-never';
import { hardenWebContents } from './windows/web-contents-hardening';
import {
  createPhoneLinkOpener,
  listenForPhoneLinks,
  registerPhoneLinkProtocols,
  whenPageLoaded,
  type PhoneLinkInbox,
} from './windows/phone-links';

// Bundled layout: this module is dist/electron/app.js, beside preload.cjs; the renderer is in dist/renderer.
const preloadPath = join(import.meta.dirname, 'preload.cjs');
const rendererDir = join(import.meta.dirname, '..', 'renderer');

// Electron implements login items on macOS and Windows only; elsewhere the setting is hidden.
const startAtLoginSupported = process.platform === 'darwin' || process.platform === 'win32';
const loginItem: LoginItem = {
  supported: startAtLoginSupported,
  apply: (startAtLogin) => app.setLoginItemSettings({ openAtLogin: startAtLogin }),
};

function openBackend(logger: Logger, hotkeys: GlobalHotkeys): Promise<Backend> {
  const dataDir = app.getPath('userData');
  // A DatabaseOpenError rejects the start; bootstrap.ts shows its message, which says what to do.
  return createBackend({
    dataDir,
    secrets: createFileSecretStore(join(dataDir, 'secrets.json'), createSafeStorageCodec()),
    loginItem,
    logger,
    assetsDir: join(app.getAppPath(), 'assets'),
    hotkeyStatus: hotkeys.status,
    info: {
      version: app.getVersion(),
      shell: 'electron',
      platform: process.platform,
      features: { startAtLogin: startAtLoginSupported, globalShortcuts: true },
    },
  });
}

async function start(logger: Logger, phoneLinks: PhoneLinkInbox): Promise<void> {
  await app.whenReady();
  serveAppProtocol(rendererDir);
  restrictPermissions(session.defaultSession);

  const hotkeys = createGlobalHotkeys(globalShortcut, logger.child('hotkeys'));
  const backend = await openBackend(logger, hotkeys);
  if (loginItem.supported) loginItem.apply(backend.settings.get().startAtLogin);

  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // Closing the window keeps Dialtone in the tray so incoming calls still ring.
  const window = createMainWindow({ preloadPath, hideOnClose: () => !quitting, logger: logger.child('window') });
  const notifyDoNotDisturb = createDoNotDisturbNotifier({
    show: () => revealWindow(window),
    elsewhere: ({ title, body }) => void dialog.showMessageBox({ type: 'warning', message: title, detail: body }),
  });
  const toggleDoNotDisturb = (source: DoNotDisturbSource) =>
    backend.doNotDisturb.toggle().then(
      (outcome) => notifyDoNotDisturb(outcome, source),
      (error: unknown) =>
        logger.error('Do not disturb could not be switched', {
          source,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  const disposeIpc = registerElectronIpc({
    window,
    router: backend.router,
    events: backend.events,
    logger: logger.child('electron-ipc'),
  });
  const tray = createTray({
    iconsDir: join(app.getAppPath(), 'assets', 'tray'),
    initialState: backend.registration.get(),
    initialUnread: {
      missedCalls: backend.history.missedUnseen(),
      ...backend.inbox.unread(),
    },
    initialDoNotDisturb: backend.doNotDisturb.state(),
    events: backend.events,
    onShow: () => revealWindow(window),
    onToggleDoNotDisturb: () => toggleDoNotDisturb('tray'),
    onQuit: () => app.quit(),
  });

  const stopNotifying = notifyIncomingCalls(backend.events, {
    answer: (callId) => void backend.calls.answer(callId).then(() => revealWindow(window)),
    decline: (callId) => void backend.calls.decline(callId),
    show: () => revealWindow(window),
  });
  const stopNotifyingInbox = notifyInboxArrivals(backend.events, () => revealWindow(window));
  const runHotkey = (action: HotkeyAction) => {
    switch (action.kind) {
      case 'call':
        return void runCallHotkey(action.hotkey, backend.calls).catch((error: unknown) =>
          logger.warn('A call shortcut failed', {
            hotkey: action.hotkey,
            error: error instanceof Error ? error.message : String(error),
          }),
        );
      case 'toggle-do-not-disturb':
        return void toggleDoNotDisturb('shortcut');
      default:
        return assertNever(action);
    }
  };
  hotkeys.apply(backend.settings.get(), runHotkey);
  backend.events.subscribe((event, payload) => {
    if (event === 'settings:changed') hotkeys.apply(payload as Settings, runHotkey);
  });
  // tel:, sip: and callto: links fill the dialer and show the window; they never dial.
  registerPhoneLinkProtocols(app, process, logger.child('phone-links'));
  phoneLinks.deliverTo(
    createPhoneLinkOpener({
      country: () => backend.settings.get().defaultCountry,
      events: backend.events,
      reveal: () => revealWindow(window),
      whenWindowReady: () => whenPageLoaded(window.webContents),
      showProblem: (detail) =>
        void dialog.showMessageBox(window, { type: 'warning', message: 'Dialtone cannot call this link', detail }),
      logger: logger.child('phone-links'),
    }),
  );
  // After sleep the TCP connection is usually dead: reconnect now rather than at the next keep-alive.
  powerMonitor.on('resume', () => backend.line.networkChanged());
  app.on('second-instance', () => revealWindow(window));
  app.on('activate', () => revealWindow(window));
  // Quitting waits for the un-REGISTER (bounded inside the phone) before the process ends.
  app.once('will-quit', (event) => {
    event.preventDefault();
    disposeIpc();
    stopNotifying();
    stopNotifyingInbox();
    globalShortcut.unregisterAll();
    tray.dispose();
    void backend.close().finally(() => app.exit(0));
  });
}

/**
 * Called by bootstrap.ts as soon as this module has loaded, before the app is ready: everything up
 * to the first await runs then. Resolves once Dialtone is running; bootstrap.ts reports a rejection.
 */
export async function startDialtone(): Promise<void> {
  // Both must happen before the app is ready.
  registerAppSchemeAsPrivileged();
  // The audio bridge is WebRTC between this window and the main process over 127.0.0.1 only:
  // Chromium must offer loopback candidates, and as plain addresses rather than mDNS names.
  app.commandLine.appendSwitch('allow-loopback-in-peer-connection');
  app.commandLine.appendSwitch('disable-features', 'WebRtcHideLocalIpsWithMdns');
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  if (!app.requestSingleInstanceLock()) {
    // Another Dialtone is running: it shows its window (second-instance) and this one leaves.
    app.quit();
    return;
  }
  // Listening starts now: macOS sends open-url before the app is ready.
  const phoneLinks = listenForPhoneLinks(app, process.argv);
  await start(createStderrLogger(), phoneLinks);
}
