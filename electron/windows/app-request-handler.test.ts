import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/content-security-policy';
import { createAppRequestHandler, resolveAppFile } from './app-request-handler';

const base = mkdtempSync(join(tmpdir(), 'dialtone-app-protocol-'));
const rendererDir = join(base, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Dialtone</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secrets.json'), '{"secret":true}');
mkdirSync(join(base, 'renderer-evil'));
writeFileSync(join(base, 'renderer-evil', 'x.js'), 'evil');

afterAll(() => rmSync(base, { recursive: true, force: true }));

const handle = createAppRequestHandler(rendererDir);
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('resolveAppFile', () => {
  it.each([
    ['app://dialtone/index.html', join(rendererDir, 'index.html')],
    ['app://dialtone/', join(rendererDir, 'index.html')],
    ['app://dialtone/assets/app.js?v=1#top', join(rendererDir, 'assets', 'app.js')],
    ['app://dialtone/assets/a%20b.js', join(rendererDir, 'assets', 'a b.js')],
  ])('maps %s inside the renderer folder', (url, file) => expect(resolveAppFile(rendererDir, url)).toBe(file));

  it.each([
    'app://dialtone/../secrets.json',
    'app://dialtone/%2e%2e/secrets.json',
    'app://dialtone/../renderer-evil/x.js',
  ])('keeps %s inside the renderer folder (the URL parser folds the dots away)', (url) =>
    expect(resolveAppFile(rendererDir, url)?.startsWith(rendererDir + sep)).toBe(true),
  );

  it.each([
    'app://dialtone/..%2fsecrets.json',
    'app://dialtone/assets/..%2f..%2fsecrets.json',
    'app://dialtone/..%5csecrets.json',
    'app://dialtone/index.html%00.png',
    'app://dialtone/%E0%A4%A',
    'app://other/index.html',
    'app://dialtone@evil/index.html',
    'https://dialtone/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => expect(resolveAppFile(rendererDir, url)).toBeUndefined());
});

describe('createAppRequestHandler', () => {
  it('serves index.html with its type and the Content-Security-Policy', async () => {
    const response = await get('app://dialtone/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Dialtone</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://dialtone/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['a traversal', 'app://dialtone/..%2fsecrets.json', 403],
    ['another host', 'app://other/index.html', 403],
    ['a missing file', 'app://dialtone/missing.js', 404],
    ['a folder', 'app://dialtone/assets', 404],
  ])('answers %s with %i, still with the CSP and no file content', async (_name, url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://dialtone/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });
});
