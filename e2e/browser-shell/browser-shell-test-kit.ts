import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { createBackend } from '../../electron/create-backend';
import { createMemoryLogger } from '../../electron/logging/logger';
import { createMemorySecretStore } from '../../electron/secrets/secret-store';
import { startBrowserShell } from './browser-shell-server';

/** A browser shell over a real backend in a temporary folder, for the adapter's Node tests. */
export async function startTestShell() {
  const dir = mkdtempSync(join(tmpdir(), 'dialtone-shell-test-'));
  const rendererDir = join(dir, 'renderer');
  const dataDir = join(dir, 'data');
  for (const folder of [rendererDir, dataDir]) rmSync(folder, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => Promise.all([fs.mkdir(rendererDir), fs.mkdir(dataDir)]));
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><body><script type="module" src="./app.js"></script></body></html>',
  );
  writeFileSync(join(rendererDir, 'app.js'), 'document.body.dataset.loaded = "yes";');
  const logger = createMemoryLogger();
  const secrets = createMemorySecretStore();
  const backend = await createBackend({
    dataDir,
    secrets,
    loginItem: { supported: false, apply: () => undefined },
    logger,
    assetsDir: fileURLToPath(new URL('../../assets', import.meta.url)),
    info: {
      version: '0.0.0',
      shell: 'browser',
      platform: 'linux',
      features: { startAtLogin: false, globalShortcuts: false, updates: false },
    },
  });
  const shell = await startBrowserShell({ backend, rendererDir, port: 0, logger });
  const url = new URL(shell.url);
  const token = url.searchParams.get('token') ?? '';

  function connect(options: { token?: string; origin?: string } = {}): Promise<WebSocket> {
    const socket = new WebSocket(`ws://${url.host}/ipc?token=${options.token ?? token}`, {
      origin: options.origin ?? url.origin,
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  }

  return {
    url,
    token,
    backend,
    secrets,
    logger,
    connect,
    async close() {
      await shell.close();
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sends one message and waits for its answer (a result or a protocol error), skipping pushed events. */
export function exchange(socket: WebSocket, message: string | Buffer): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onClose = () => reject(new Error('socket closed'));
    const onMessage = (data: WebSocket.RawData) => {
      const reply = JSON.parse(String(data)) as Record<string, unknown>;
      if (reply.kind === 'event') return;
      socket.off('message', onMessage).off('close', onClose);
      resolve(reply);
    };
    socket.on('message', onMessage).once('close', onClose);
    socket.send(message);
  });
}

/**
 * Writes raw bytes to the shell's port and resolves with the status code of the first answer line,
 * or null when the connection closed (or 3 s passed) without one. `reset` aborts right after writing.
 */
export function rawRequest(
  url: URL,
  bytes: string | Buffer,
  options: { reset?: boolean } = {},
): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = connectTcp(Number(url.port), url.hostname);
    let answer = '';
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(answer);
      resolve(status ? Number(status[1]) : null);
    };
    const timer = setTimeout(finish, 3_000);
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) finish();
    });
    socket.write(bytes, () => {
      if (options.reset) {
        socket.resetAndDestroy();
        finish();
      }
    });
  });
}
