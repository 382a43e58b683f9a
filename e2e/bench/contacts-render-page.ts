import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readStaticFile } from '../browser-shell/static-files';
import playwrightConfig from '../playwright.config';
import type { FakeDialtoneOptions } from './contacts-render-fake-api';

const fakeEntry = fileURLToPath(new URL('./contacts-render-fake-api.ts', import.meta.url));

async function bundleFakeApi(): Promise<string> {
  const result = await build({
    entryPoints: [fakeEntry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('Bundling the bench backend produced no output');
  return output.text;
}

/** Serves a built renderer as the browser shell does (any path without a dot is the page), without a backend. */
export async function serveRenderer(rendererDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(rendererDir);
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.includes('.') ? path : '/index.html';
    void readStaticFile(root, file).then((found) => {
      if (!found) return response.writeHead(404).end('Not found');
      response.writeHead(200, { 'content-type': found.contentType, 'cache-control': 'no-store' }).end(found.body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...playwrightConfig.use?.launchOptions, headless: true });
}

let fakeBundle: Promise<string> | undefined;

/** A page whose window.dialtone is the generated fake backend, opened on the dialer. */
export async function openWithFakeBackend(
  browser: Browser,
  url: string,
  options: Partial<FakeDialtoneOptions> = {},
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  fakeBundle ??= bundleFakeApi();
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // The browser may be closing too (the last page of a run): its contexts go with it.
  page.once('close', () => void context.close().catch(() => undefined));
  await page.addInitScript({ content: `globalThis.__dialtoneFake = ${JSON.stringify(options)};` });
  await page.addInitScript({ content: await fakeBundle });
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Dialer' }).waitFor();
  return page;
}
