import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import type { Voicemail } from '../../shared/models/voicemail';

/*
 * The Voicemail view in Chromium, alone in a page (renderer/features/voicemail/voicemail-view-test-kit.tsx,
 * bundled by esbuild) behind a window.dialtone that answers from the page, with the app's
 * Content-Security-Policy. The `openView` fixture opens it; the test fails on any page error or console
 * error (React's warnings among them).
 */

/** What the test page takes and offers (its VoicemailKitOptions and VoicemailKit; the e2e project cannot import .tsx). */
export interface KitOptions {
  theme: 'light' | 'dark';
  voicemails: Partial<Voicemail>[];
  refuseRemove: string[];
  audioMissing: string[];
  listDevices: boolean;
}
export interface KitWindow {
  voicemailKitOptions?: Partial<KitOptions>;
  voicemailKit: {
    fake: { calls: { channel: string; payload: unknown }[] };
    state(): { view: string; newContact: unknown; conversation: unknown; selected: unknown };
    audio(): { src: string; sinkId: string; paused: boolean; currentTime: number; playbackRate: number } | null;
    urls: { created: string[]; revoked: string[] };
    open(id: string): void;
    outputs(): { deviceId: string; label: string }[];
    preferSpeakers(names: string[]): void;
    listGoneHeadset(): void;
  };
}

const kitEntry = fileURLToPath(
  new URL('../../renderer/features/voicemail/voicemail-view-test-kit.tsx', import.meta.url),
);
// 127.0.0.1 is a secure context, as setSinkId needs; the route answers before any connection.
const origin = 'http://127.0.0.1:9';
const html =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Voicemail</title>' +
  '<link rel="stylesheet" href="/kit.css"><script type="module" src="/kit.js"></script></head>' +
  '<body><div id="root"></div></body></html>';

let kitBundle: Promise<{ js: string; css: string }> | undefined;

async function bundleKit(): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [kitEntry],
    bundle: true,
    write: false,
    outdir: 'voicemail-kit',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  const text = (extension: string) => result.outputFiles.find((file) => file.path.endsWith(extension))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

async function open(page: Page, options: Partial<KitOptions>): Promise<void> {
  kitBundle ??= bundleKit();
  const { js, css } = await kitBundle;
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const headers = { 'content-security-policy': contentSecurityPolicy };
    if (path === '/') return route.fulfill({ contentType: 'text/html', headers, body: html });
    if (path === '/kit.js') return route.fulfill({ contentType: 'text/javascript', body: js });
    if (path === '/kit.css') return route.fulfill({ contentType: 'text/css', body: css });
    return route.fulfill({ status: 404, body: 'Not found' });
  });
  await page.addInitScript((kitOptions) => {
    (window as unknown as KitWindow).voicemailKitOptions = kitOptions;
  }, options);
  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Voicemail' })).toBeVisible();
}

export const test = base.extend<{ openView: (options: Partial<KitOptions>) => Promise<void> }>({
  openView: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await use((options) => open(page, options));
    expect(problems).toEqual([]);
  },
});

export { expect };

/** A voicemail's row, found by its caller as the Listen button names them. */
export const row = (page: Page, caller: string) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Listen to the voicemail from ${caller}` }) });

/** The payloads the page's window.dialtone received on `channel`. */
export const kitCalls = (page: Page, channel: string) =>
  page.evaluate(
    (name) =>
      (window as unknown as KitWindow).voicemailKit.fake.calls
        .filter((call) => call.channel === name)
        .map((call) => call.payload),
    channel,
  );

export const audio = (page: Page) => page.evaluate(() => (window as unknown as KitWindow).voicemailKit.audio());
