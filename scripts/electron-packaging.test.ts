import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** Packaging settings Dialtone's security and native compatibility rest on (electron-builder.yml, package.json). */

const builderConfig = parse(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as {
  asar?: unknown;
  electronFuses?: Record<string, unknown>;
};
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  devDependencies?: Record<string, string>;
};

const requiredFuses: [name: string, value: boolean, why: string][] = [
  ['runAsNode', false, 'ELECTRON_RUN_AS_NODE would make the app a plain Node that runs any script'],
  ['enableCookieEncryption', true, 'cookies on disk are encrypted with the OS key store'],
  ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS would let anyone preload code into the main process'],
  ['enableNodeCliInspectArguments', false, '--inspect would open the main process, and its secrets, to a debugger'],
  ['enableEmbeddedAsarIntegrityValidation', true, 'app.asar is checked against the hash signed into the binary'],
  ['onlyLoadAppFromAsar', true, 'without it Electron also loads an unchecked app folder beside app.asar'],
  [
    'grantFileProtocolExtraPrivileges',
    false,
    'the renderer is served from app://, so file:// pages need no extra powers',
  ],
];

describe('electron-builder.yml', () => {
  it.each(requiredFuses)('sets the fuse %s to %s', (name, value, why) => {
    const actual = builderConfig.electronFuses?.[name];
    const now = actual === undefined ? 'it is missing' : `it is ${JSON.stringify(actual)}`;
    expect(actual, `set electronFuses.${name}: ${value} in electron-builder.yml (${why}); ${now}`).toBe(value);
  });

  it('packs the app into app.asar, the only place onlyLoadAppFromAsar lets Electron load it from', () => {
    expect(builderConfig.asar ?? true, 'set asar: true in electron-builder.yml').toBe(true);
  });
});

describe('package.json', () => {
  it('pins electron to one exact 45.x version: its Node, and the ABI of native modules, come with it', () => {
    const version = packageJson.devDependencies?.electron;
    expect(
      version,
      `set devDependencies.electron in package.json to an exact 45.x version such as "45.5.0", without ^ or ~; it is ${JSON.stringify(version)}`,
    ).toMatch(/^45\.\d+\.\d+(-[0-9A-Za-z.]+)?$/);
  });
});
