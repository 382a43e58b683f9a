import { protocol } from 'electron';
import { createAppRequestHandler } from './app-request-handler';
import { appScheme } from './app-url';

/**
 * Must run before the app is ready: makes app:// behave like https (a real origin, fetch, a secure
 * context for getUserMedia). stream lets <audio> play ringtones served from it.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, createAppRequestHandler(rendererDir));
}
