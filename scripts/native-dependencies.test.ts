import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findNativeDependencies } from './native-dependencies';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

describe('production dependencies', () => {
  it('need no native build, since npm would build it for Node and not for Electron', () => {
    const native = findNativeDependencies(repoRoot);
    const explanation = native.map(({ path, reasons }) => `${path}: ${reasons.join('; ')}`).join('\n');
    expect(
      native,
      `These production dependencies need a native build that nothing makes for Electron's ABI:\n${explanation}\n` +
        'Prefer a Node built-in or a pure JavaScript/WebAssembly package; otherwise build the module for Electron ' +
        '(for example with @electron/rebuild) in npm install and npm run dist, and prove it in an Electron spec.',
    ).toEqual([]);
  });
});

describe('findNativeDependencies', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function tree(packages: Record<string, { lock?: object; files?: Record<string, string> }>) {
    root = mkdtempSync(join(tmpdir(), 'dialtone-native-'));
    const lock = { packages: { '': {} } as Record<string, object> };
    for (const [path, { lock: entry = {}, files = {} }] of Object.entries(packages)) {
      lock.packages[path] = entry;
      for (const [file, content] of Object.entries({ 'package.json': '{}', ...files })) {
        mkdirSync(dirname(join(root, path, file)), { recursive: true });
        writeFileSync(join(root, path, file), content);
      }
    }
    writeFileSync(join(root, 'package-lock.json'), JSON.stringify(lock));
  }

  it('finds install scripts, binding.gyp, compiled addons and addon loaders in production packages only', () => {
    tree({
      'node_modules/sqlite-like': { lock: { hasInstallScript: true }, files: { 'binding.gyp': '{}' } },
      'node_modules/prebuilt': { files: { 'lib/linux-x64/addon.node': 'ELF' } },
      'node_modules/uses-loader': { files: { 'package.json': '{"dependencies":{"node-gyp-build":"4"}}' } },
      'node_modules/pure': { files: { 'index.js': '' } },
      'node_modules/pure/node_modules/nested-native': { files: { 'binding.gyp': '{}' } },
      'node_modules/build-tool': { lock: { dev: true, hasInstallScript: true }, files: { 'binding.gyp': '{}' } },
    });
    expect(findNativeDependencies(root)).toEqual([
      {
        path: 'node_modules/sqlite-like',
        reasons: ['it runs an install script', 'it has a binding.gyp (node-gyp builds it for the Node that runs npm)'],
      },
      { path: 'node_modules/prebuilt', reasons: ['it ships compiled addons (1 .node files)'] },
      { path: 'node_modules/uses-loader', reasons: ['it depends on node-gyp-build'] },
      {
        path: 'node_modules/pure/node_modules/nested-native',
        reasons: ['it has a binding.gyp (node-gyp builds it for the Node that runs npm)'],
      },
    ]);
  });

  it('still reports an install script when the package is not installed here', () => {
    tree({});
    writeFileSync(
      join(root, 'package-lock.json'),
      JSON.stringify({ packages: { 'node_modules/absent': { hasInstallScript: true } } }),
    );
    expect(findNativeDependencies(root)).toEqual([
      { path: 'node_modules/absent', reasons: ['it runs an install script'] },
    ]);
  });
});
