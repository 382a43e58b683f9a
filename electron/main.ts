import { join } from 'node:path';
import { app, dialog, globalShortcut, powerMonitor, session } from 'electron';
import type { Settings } from '../shared/models/settings';
import { createBackend, type Backend, type BackendOptions } from './create-backend';
import { updaterFrom } from './updates/auto-updater';
import { createUpdatePolicy, noUpdates, type Updater, type UpdatePolicy } from './updates/update-policy';
import { registerElectronIpc } from './ipc/electron-ipc-adapter';
import { createStderrLogger, type Logger } from './logging/logger';
import { createFileSecretStore } from './secrets/file-secret-store';
import { createSafeStorageCodec } from './secrets/safe-storage-codec';
import type { LoginItem } from './services/settings-service';
import { autostartDir, createXdgAutostart } from './services/xdg-autostart';
import { registerAppSchemeAsPrivileged, serveAppProtocol } from './windows/app-protocol';
import { createMainWindow, revealWindow } from './windows/main-window';
import { allowTelephonyHeadsets } from './windows/hid-permission';
import { restrictPermissions } from './windows/permission-policy';
import { createTray } from './windows/tray';
import { createGlobalHotkeys, type GlobalHotkeys, type HotkeyAction } from './windows/global-hotkeys';
import { createDoNotDisturbNotifier, type DoNotDisturbSource } from './windows/do-not-disturb-notification';
import { notifyIncomingCalls } from './windows/incoming-call-notification';
import { notifyInboxArrivals } from './windows/inbox-notification';
import { runCallHotkey } from './services/call-hotkeys';
import { createQuickDial, quickDialHistoryDepth, type QuickDialKind } from './services/quick-dial';
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

const every = (ms: number, run: () => void) => {
  const timer = setInterval(run, ms);
  return () => clearInterval(timer);
};

// Electron implements login items on macOS and Windows; Linux gets an XDG autostart entry; elsewhere the setting is hidden.
function loginItemFor(logger: Logger): LoginItem {
  if (process.platform === 'linux') {
    // An AppImage runs from a temporary mount: the entry must start the AppImage file itself.
    const executable = process.env.APPIMAGE ?? process.execPath;
    return createXdgAutostart({ dir: autostartDir(process.env), executable, logger: logger.child('autostart') });
  }
  return {
    supported: process.platform === 'darwin' || process.platform === 'win32',
    apply: (startAtLogin) => app.setLoginItemSettings({ openAtLogin: startAtLogin }),
  };
}

/** electron-updater in an installed Dialtone; DIALTONE_UPDATE_URL replaces the feed built in (electron-builder.yml). */
async function loadUpdater(logger: Logger, beforeInstall: () => void): Promise<Updater | null> {
  if (!app.isPackaged) return null;
  const { autoUpdater } = (await import('electron-updater')).default;
  const feed = process.env.DIALTONE_UPDATE_URL;
  if (feed) autoUpdater.setFeedURL({ provider: 'generic', url: feed });
  return updaterFrom(autoUpdater, logger, beforeInstall);
}

function openBackend(
  logger: Logger,
  parts: { hotkeys: GlobalHotkeys; loginItem: LoginItem; updates: BackendOptions['updates'] },
): Promise<Backend> {
  const { hotkeys, loginItem } = parts;
  const dataDir = app.getPath('userData');
  // A DatabaseOpenError rejects the start; bootstrap.ts shows its message, which says what to do.
  return createBackend({
    dataDir,
    secrets: createFileSecretStore(join(dataDir, 'secrets.json'), createSafeStorageCodec()),
    loginItem,
    logger,
    assetsDir: join(app.getAppPath(), 'assets'),
    hotkeyStatus: hotkeys.status,
    systemLanguages: () => app.getPreferredSystemLanguages(),
    updates: parts.updates,
    info: {
      version: app.getVersion(),
      shell: 'electron',
      platform: process.platform,
      features: { startAtLogin: loginItem.supported, globalShortcuts: true, updates: true },
    },
  });
}

async function start(logger: Logger, phoneLinks: PhoneLinkInbox): Promise<void> {
  await app.whenReady();
  serveAppProtocol(rendererDir);
  restrictPermissions(session.defaultSession);
  allowTelephonyHeadsets(session.defaultSession);

  const hotkeys = createGlobalHotkeys(globalShortcut, logger.child('hotkeys'));
  const loginItem = loginItemFor(logger);
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // Installing an update closes the window: it must close then, not hide in the tray.
  const updater = await loadUpdater(logger.child('updates'), () => (quitting = true));
  const started: { updates: UpdatePolicy | null } = { updates: null };
  const backend = await openBackend(logger, {
    hotkeys,
    loginItem,
    updates: (context) => {
      if (!updater) return noUpdates('not-installed');
      started.updates = createUpdatePolicy({
        ...context,
        updater,
        logger: logger.child('updates'),
        now: Date.now,
        every,
      });
      return started.updates;
    },
  });
  if (loginItem.supported) loginItem.apply(backend.settings.get().startAtLogin);

  // Closing the window keeps Dialtone in the tray so incoming calls still ring.
  const window = createMainWindow({ preloadPath, hideOnClose: () => !quitting, logger: logger.child('window') });
  const notifyDoNotDisturb = createDoNotDisturbNotifier({
    show: () => revealWindow(window),
    elsewhere: ({ title, body }) => void dialog.showMessageBox({ type: 'warning', message: title, detail: body }),
    language: backend.language,
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
  const language = backend.language;
  const quickDial = createQuickDial({
    recent: () => backend.history.list('all', 0, quickDialHistoryDepth).items,
    country: () => backend.settings.get().defaultCountry,
    dial: (target) => backend.router.invoke('calls:dial', { target }),
  });
  // The window comes to the front showing the call; a call that could not be placed says why in the dialer.
  const placeQuickDial = (kind: QuickDialKind) =>
    void quickDial.place(kind).then((placed) => {
      revealWindow(window);
      if (!placed.ok) backend.events.emit('dialer:quick-dial-failed', { error: placed.error });
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
    quickDial: { choices: quickDial.choices, place: placeQuickDial },
    language,
    onQuit: () => app.quit(),
  });

  const stopNotifying = notifyIncomingCalls(
    backend.events,
    {
      answer: (callId) => void backend.calls.answer(callId).then(() => revealWindow(window)),
      decline: (callId) => void backend.calls.decline(callId),
      show: () => revealWindow(window),
    },
    backend.language,
  );
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
      case 'quick-dial':
        return placeQuickDial(action.dial);
      default:
        return assertNever(action);
    }
  };
  hotkeys.apply(backend.settings.get(), runHotkey);
  started.updates?.start();
  backend.events.subscribe((event, payload) => {
    if (event === 'settings:changed') hotkeys.apply(payload as Settings, runHotkey);
  });
  // tel:, sip: and callto: links fill the dialer and show the window; they never dial.
  registerPhoneLinkProtocols(app, process, logger.child('phone-links'));
  phoneLinks.deliverTo(
    createPhoneLinkOpener({
      events: backend.events,
      reveal: () => revealWindow(window),
      whenWindowReady: () => whenPageLoaded(window.webContents),
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
    started.updates?.stop();
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
