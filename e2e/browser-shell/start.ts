import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../../electron/create-backend';
import { DatabaseOpenError } from '../../electron/db/open-database';
import { createStderrLogger } from '../../electron/logging/logger';
import { createFileSecretStore, plainTextCodecForDevelopment } from '../../electron/secrets/file-secret-store';
import { startBrowserShell } from './browser-shell-server';
import { twilioTestDoubleFromEnv } from './twilio-double-env';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'data-dir': { type: 'string', default: process.env.DIALTONE_DATA_DIR ?? '.dialtone-dev' },
    open: { type: 'boolean', default: false },
  },
});

const logger = createStderrLogger();
const dataDir = resolve(values['data-dir']);
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
const version = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }).version;

logger.warn('Browser shell: development only. Passwords are kept in plain text in an owner-only file.', {
  file: resolve(dataDir, 'secrets.dev.json'),
});

let backend: Awaited<ReturnType<typeof createBackend>>;
try {
  backend = await createBackend({
    dataDir,
    secrets: createFileSecretStore(resolve(dataDir, 'secrets.dev.json'), plainTextCodecForDevelopment),
    loginItem: { supported: false, apply: () => undefined },
    logger,
    assetsDir: resolve('assets'),
    twilio: twilioTestDoubleFromEnv(),
    info: {
      version,
      shell: 'browser',
      platform: process.platform,
      features: { startAtLogin: false, globalShortcuts: false, updates: false },
    },
  });
} catch (error) {
  if (!(error instanceof DatabaseOpenError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

const shell = await startBrowserShell({
  backend,
  // Parallel test runs can each build the renderer into a folder of their own.
  rendererDir: resolve(process.env.DIALTONE_RENDERER_DIR ?? 'dist/renderer'),
  port: Number(values.port),
  logger,
});
process.stdout.write(`Dialtone is running at ${shell.url}\n`);
if (values.open) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(opener, [shell.url], { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref();
}

async function stop(): Promise<void> {
  await shell.close();
  await backend.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
