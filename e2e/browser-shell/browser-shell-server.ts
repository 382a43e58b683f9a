import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { maxSocketMessageBytes } from '../../shared/contract/socket-messages';
import type { Backend } from '../../electron/create-backend';
import type { Logger } from '../../electron/logging/logger';
import { readStaticFile } from './static-files';
import { bundleWebPreload } from './web-preload-bundle';
import { attachWebSocketIpc } from './websocket-ipc-adapter';

export interface BrowserShellOptions {
  backend: Pick<Backend, 'router' | 'events'>;
  rendererDir: string;
  port: number;
  logger: Logger;
}

export interface BrowserShell {
  url: string;
  close(): Promise<void>;
}

const preloadPath = '/__shell/web-preload.js';
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function sameSecret(given: string | null, token: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function reply(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  response.end(body);
}

/** Answers a raw socket (an upgrade or a CONNECT) and closes it; a client gone meanwhile is no error. */
function refuseSocket(socket: Duplex, status: 400 | 403 | 405, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n\r\n`);
}

/**
 * Serves the built renderer on 127.0.0.1 and carries the IPC contract over a WebSocket, for e2e
 * tests and for anyone without the Electron binary. The per-start token in the URL keeps other
 * local pages and processes out; Host and Origin checks stop DNS rebinding and cross-site sockets.
 */
export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const { backend, rendererDir, logger } = options;
  const indexFile = join(rendererDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The renderer is not built (${indexFile} is missing). Run npm run build:renderer first.`);
  }
  const token = randomBytes(24).toString('base64url');
  const preload = await bundleWebPreload();
  const indexHtml = (await readFile(indexFile, 'utf8')).replace(
    '<script',
    `<script src="${preloadPath}"></script>\n    <script`,
  );
  let origin = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Node passes any request target through (//, http://[ ...): one that is no URL is a bad request.
    const url = URL.parse(request.url ?? '/', origin);
    if (!url) return reply(response, 400, 'text/plain', 'Bad request');
    if (request.headers.host !== new URL(origin).host) return reply(response, 421, 'text/plain', 'Wrong host');
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, 'text/plain', 'GET only');
    if (url.pathname === preloadPath) return reply(response, 200, 'text/javascript; charset=utf-8', preload);
    const isPage = url.pathname === '/' || url.pathname === '/index.html' || !url.pathname.includes('.');
    if (isPage) {
      if (!sameSecret(url.searchParams.get('token'), token)) {
        return reply(response, 403, 'text/plain; charset=utf-8', 'Open the address that npm run dev:web printed.');
      }
      return reply(response, 200, 'text/html; charset=utf-8', indexHtml);
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return reply(response, 404, 'text/plain', 'Not found');
    return reply(response, 200, file.contentType, file.body);
  }

  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxSocketMessageBytes });
  const stopEvents = attachWebSocketIpc(sockets, backend.router, backend.events, logger.child('ws'));
  const http = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (response.headersSent) response.destroy();
      else reply(response, 500, 'text/plain', 'Internal error');
    });
  });
  // Node leaves upgraded and CONNECT sockets without an error listener: a client resetting one
  // would otherwise throw out of the server.
  http.on('connect', (_request, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    refuseSocket(socket, 405, 'Method Not Allowed');
  });
  http.on('upgrade', (request, socket: Duplex, head) => {
    socket.on('error', () => socket.destroy());
    const url = URL.parse(request.url ?? '/', origin);
    if (!url) return refuseSocket(socket, 400, 'Bad Request');
    const allowed =
      url.pathname === '/ipc' &&
      request.headers.host === new URL(origin).host &&
      request.headers.origin === origin &&
      sameSecret(url.searchParams.get('token'), token);
    if (!allowed) return refuseSocket(socket, 403, 'Forbidden');
    sockets.handleUpgrade(request, socket, head, (client) => sockets.emit('connection', client, request));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  return {
    url: `${origin}/?token=${token}`,
    async close() {
      stopEvents();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
