import { resolve } from 'node:path';
import { phoneLinkMaxLength } from '../../shared/phone/phone-link';
import type { Logger } from '../logging/logger';
import type { EventBus } from '../services/event-bus';

/** The schemes electron-builder.yml declares; sips: links are read too when the system passes one. */
export const phoneLinkSchemes = ['tel', 'sip', 'callto'] as const;

const phoneLink = /^(tel|sips?|callto):/i;

/** The parts of Electron's app that phone links need (typed here so that tests need no Electron). */
export interface PhoneLinkApp {
  readonly isPackaged: boolean;
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
  on(event: 'open-url', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
}

export interface LaunchedProcess {
  /** True when started as `electron .` (development). */
  defaultApp?: boolean;
  execPath: string;
  argv: readonly string[];
  env: Record<string, string | undefined>;
}

/**
 * The link Windows or Linux passed on the command line (first start, or a second instance's argv),
 * or undefined. Switches are never links; the link comes last, after the app path in development.
 */
export function phoneLinkFromArgv(argv: readonly string[]): string | undefined {
  return argv.findLast((arg) => phoneLink.test(arg));
}

/**
 * What to pass to setAsDefaultProtocolClient, or null when this run must not take over the
 * system's phone links: only packaged builds do, or a development run started with
 * DIALTONE_REGISTER_PHONE_LINKS=1, which registers `electron <app path>` as Electron's docs say.
 */
export function protocolClientArgs(
  isPackaged: boolean,
  launched: LaunchedProcess,
): { path?: string; args?: string[] } | null {
  if (!isPackaged && launched.env.DIALTONE_REGISTER_PHONE_LINKS !== '1') return null;
  if (!launched.defaultApp) return {};
  const appPath = launched.argv[1];
  return appPath === undefined ? null : { path: launched.execPath, args: [resolve(appPath)] };
}

export function registerPhoneLinkProtocols(app: PhoneLinkApp, launched: LaunchedProcess, logger: Logger): void {
  const client = protocolClientArgs(app.isPackaged, launched);
  if (client === null) return;
  for (const scheme of phoneLinkSchemes) {
    const registered =
      client.path === undefined
        ? app.setAsDefaultProtocolClient(scheme)
        : app.setAsDefaultProtocolClient(scheme, client.path, client.args);
    if (!registered) logger.warn('Dialtone could not register as the handler of phone links', { scheme });
  }
}

export interface PhoneLinkInbox {
  /** From now on links go to `open`; a link that came before (at start) is opened at once. */
  deliverTo(open: (uri: string) => void): void;
}

/**
 * Listens for phone links from the moment the app starts, before the window and the backend exist:
 * the first start's argv, a second instance's argv (Windows, Linux) and open-url (macOS, which
 * sends it before ready). Only the latest link waits until deliverTo.
 */
export function listenForPhoneLinks(app: PhoneLinkApp, argv: readonly string[]): PhoneLinkInbox {
  let pending = phoneLinkFromArgv(argv);
  let open: ((uri: string) => void) | undefined;
  const receive = (uri: string) => {
    if (open) open(uri);
    else pending = uri;
  };
  app.on('open-url', (event, url) => {
    event.preventDefault();
    receive(url);
  });
  app.on('second-instance', (_event, commandLine) => {
    const link = phoneLinkFromArgv(commandLine);
    if (link !== undefined) receive(link);
  });
  return {
    deliverTo(handler) {
      open = handler;
      if (pending === undefined) return;
      const link = pending;
      pending = undefined;
      handler(link);
    },
  };
}

export interface PhoneLinkOpenerOptions {
  events: Pick<EventBus, 'emit'>;
  reveal: () => void;
  /** Resolves when the window's page has loaded (its bridge listens), so the event is not lost at start. */
  whenWindowReady: () => Promise<void>;
  logger: Logger;
}

/**
 * Opens a link: shows the window and hands the link to the dialer ('dialer:open-link'), which reads
 * it and says why one cannot be called, in the person's language. Never dials.
 */
export function createPhoneLinkOpener(options: PhoneLinkOpenerOptions): (uri: string) => Promise<void> {
  return async (uri) => {
    // The number itself stays out of the log.
    const scheme = /^[a-z]+(?=:)/i.exec(uri)?.[0]?.toLowerCase() ?? 'none';
    options.logger.info('Opening a phone link', { scheme });
    options.reveal();
    await options.whenWindowReady();
    options.events.emit('dialer:open-link', { uri: uri.slice(0, phoneLinkMaxLength + 1) });
  };
}

/** Resolves once the page has finished loading (at once if it has). */
export function whenPageLoaded(contents: {
  isLoading(): boolean;
  once(event: 'did-finish-load', listener: () => void): unknown;
}): Promise<void> {
  if (!contents.isLoading()) return Promise.resolve();
  return new Promise((loaded) => contents.once('did-finish-load', () => loaded()));
}
