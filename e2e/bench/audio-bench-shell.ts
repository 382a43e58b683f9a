import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBackend, type Backend } from '../../electron/create-backend';
import { createLogger, type LogRecord } from '../../electron/logging/logger';
import { createFileSecretStore, plainTextCodecForDevelopment } from '../../electron/secrets/file-secret-store';
import { startBrowserShell } from '../browser-shell/browser-shell-server';
import playwrightConfig from '../playwright.config';
import { capturePeerConnections, recordCallEvents } from '../support/call-page';
import { openApp } from '../support/open-app';

/** The renderer build the bench serves: DIALTONE_RENDERER_DIR, else what build:renderer wrote. */
export const benchRendererDir = resolve(process.env.DIALTONE_RENDERER_DIR ?? 'dist/renderer');

/**
 * The browser shell as e2e/browser-shell/start.ts builds it, but inside the bench process, so the
 * bench can time the bridge's packets and read the backend's own CPU time; and Chromium launched
 * with the e2e flags, its fake microphone playing `microphoneWav`.
 */
export async function startBenchShell(
  dataDir: string,
): Promise<{ backend: Backend; url: string; stop(): Promise<void> }> {
  const logger = createLogger((record: LogRecord) => {
    if (record.level === 'warn' || record.level === 'error') process.stderr.write(`${JSON.stringify(record)}\n`);
  });
  const version = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }).version;
  const backend = await createBackend({
    dataDir,
    secrets: createFileSecretStore(join(dataDir, 'secrets.dev.json'), plainTextCodecForDevelopment),
    loginItem: { supported: false, apply: () => undefined },
    logger,
    assetsDir: resolve('assets'),
    info: {
      version,
      shell: 'browser',
      platform: process.platform,
      features: { startAtLogin: false, globalShortcuts: false, updates: false },
    },
  });
  try {
    const shell = await startBrowserShell({
      backend,
      rendererDir: benchRendererDir,
      port: 0,
      logger,
    });
    return {
      backend,
      url: shell.url,
      async stop() {
        await shell.close();
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}

export async function launchBenchBrowser(microphoneWav: string): Promise<Browser> {
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const args = (launch.args ?? []).map((arg) =>
    arg.startsWith('--use-file-for-fake-audio-capture=') ? `--use-file-for-fake-audio-capture=${microphoneWav}` : arg,
  );
  return chromium.launch({ ...launch, headless: true, args });
}

/**
 * Opens Dialtone on its dialer (past the first-run wizard) with its peer connections and call events
 * recorded, as the e2e call specs do.
 */
export async function openDialtone(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await capturePeerConnections(page);
  await openApp(page, { url });
  await recordCallEvents(page);
  return page;
}
