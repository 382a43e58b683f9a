import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { exchange, startTestShell } from './browser-shell-test-kit';

describe('browser shell server', () => {
  let shell: Awaited<ReturnType<typeof startTestShell>>;
  beforeAll(async () => {
    shell = await startTestShell();
  });
  afterAll(() => shell.close());

  it('serves the page only with the token, with the CSP and the preload injected first', async () => {
    const denied = await fetch(`${shell.url.origin}/`);
    expect(denied.status).toBe(403);
    const wrongToken = await fetch(`${shell.url.origin}/?token=${'x'.repeat(shell.token.length)}`);
    expect(wrongToken.status).toBe(403);
    const page = await fetch(shell.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const html = await page.text();
    expect(html.indexOf('/__shell/web-preload.js')).toBeGreaterThan(-1);
    expect(html.indexOf('/__shell/web-preload.js')).toBeLessThan(html.indexOf('./app.js'));
  });

  it('refuses paths outside the renderer folder and non-GET methods', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2fdata/dialtone.sqlite', '/%00.js']) {
      expect((await fetch(`${shell.url.origin}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(shell.url, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${shell.url.origin}/app.js`)).status).toBe(200);
  });

  it('refuses WebSocket connections without the token or from another origin', async () => {
    await expect(shell.connect({ token: 'wrong' })).rejects.toThrow(/403/);
    await expect(shell.connect({ origin: 'http://evil.example' })).rejects.toThrow(/403/);
    const socket = await shell.connect();
    const reply = await exchange(socket, JSON.stringify({ id: 1, channel: 'settings:get' }));
    expect(reply).toMatchObject({ kind: 'result', id: 1, result: { ok: true, value: { theme: 'system' } } });
    socket.close();
  });

  it('answers malformed messages with a clear error and keeps serving', async () => {
    const socket = await shell.connect();
    expect(await exchange(socket, 'not json')).toMatchObject({ kind: 'protocol-error' });
    expect(await exchange(socket, JSON.stringify({ id: 'x', channel: 1 }))).toMatchObject({ kind: 'protocol-error' });
    const refused = await exchange(
      socket,
      JSON.stringify({ id: 2, channel: 'settings:update', payload: { theme: 'neon' } }),
    );
    expect(refused).toMatchObject({ kind: 'result', id: 2, result: { ok: false, error: { code: 'invalid-request' } } });
    expect(JSON.stringify(refused)).toContain('theme');
    const unknown = await exchange(socket, JSON.stringify({ id: 3, channel: 'db:exec', payload: 'DROP TABLE calls' }));
    expect(unknown).toMatchObject({ result: { ok: false, error: { code: 'unknown-channel' } } });
    socket.close();
  });

  it('pushes contract events to connected pages', async () => {
    const socket = await shell.connect();
    const event = new Promise((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { kind: string };
        if (message.kind === 'event') resolve(message);
      }),
    );
    await exchange(socket, JSON.stringify({ id: 4, channel: 'settings:update', payload: { theme: 'dark' } }));
    expect(await event).toMatchObject({ kind: 'event', event: 'settings:changed', payload: { theme: 'dark' } });
    socket.close();
  });
});
