import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../services/app-failure';
import { makeTempDir } from '../test-support/backend-fixture';
import { createFileSecretStore, plainTextCodecForDevelopment, type SecretCodec } from './file-secret-store';

let temp: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  temp = makeTempDir('dialtone-secrets-');
  file = join(temp.dir, 'secrets.json');
});
afterEach(() => temp.remove());

/** Stands in for encryption: reversible, and the stored text differs from the secret. */
const reversingCodec: SecretCodec = {
  assertAvailable: () => undefined,
  encode: (value) => Buffer.from(value, 'utf8').toString('base64'),
  decode: (stored) => Buffer.from(stored, 'base64').toString('utf8'),
};

const unavailableCodec: SecretCodec = {
  assertAvailable: () => {
    throw new AppFailure('secret-storage-unavailable', 'No keyring. Nothing was saved.');
  },
  encode: () => {
    throw new Error('encode must not be reached');
  },
  decode: () => {
    throw new Error('decode must not be reached');
  },
};

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('file secret store', () => {
  it('gets, sets, replaces, checks and deletes', async () => {
    const store = createFileSecretStore(file, reversingCodec);
    expect(await store.get('k')).toBeUndefined();
    expect(await store.has('k')).toBe(false);
    await store.set('k', 'first');
    await store.set('other', 'kept');
    expect(await store.get('k')).toBe('first');
    expect(await store.has('k')).toBe(true);
    await store.set('k', 'second');
    expect(await store.get('k')).toBe('second');
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    expect(await store.has('k')).toBe(false);
    expect(await store.get('other')).toBe('kept');
    await expect(store.delete('never-set')).resolves.toBeUndefined();
  });

  it('persists across instances and stores only the encoded form', async () => {
    await createFileSecretStore(file, reversingCodec).set('account:1:password', 'hunter2-plaintext');
    expect(readFileSync(file, 'utf8')).not.toContain('hunter2-plaintext');
    expect(await createFileSecretStore(file, reversingCodec).get('account:1:password')).toBe('hunter2-plaintext');
  });

  it('writes the file owner-only (0600), on creation and after every update', async () => {
    const store = createFileSecretStore(file, plainTextCodecForDevelopment);
    await store.set('a', '1');
    expect(modeOf(file)).toBe(0o600);
    await store.set('b', '2');
    expect(modeOf(file)).toBe(0o600);
    await store.delete('a');
    expect(modeOf(file)).toBe(0o600);
  });

  it('tightens a file that was left world-readable', async () => {
    writeFileSync(file, JSON.stringify({ version: 1, secrets: {} }), { mode: 0o644 });
    await createFileSecretStore(file, plainTextCodecForDevelopment).set('a', '1');
    expect(modeOf(file)).toBe(0o600);
  });

  it('writes atomically: no temporary file is left behind', async () => {
    const store = createFileSecretStore(file, plainTextCodecForDevelopment);
    await store.set('a', '1');
    await store.set('b', '2');
    await store.delete('a');
    expect(readdirSync(temp.dir)).toEqual(['secrets.json']);
  });

  it('refuses to set when the codec is unavailable, and writes nothing', async () => {
    const store = createFileSecretStore(file, unavailableCodec);
    const failure = await store.set('k', 'secret').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({ code: 'secret-storage-unavailable' });
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('leaves an existing file byte-identical when the codec is unavailable', async () => {
    await createFileSecretStore(file, reversingCodec).set('k', 'old');
    const before = readFileSync(file);
    const store = createFileSecretStore(file, unavailableCodec);
    await expect(store.set('k', 'new')).rejects.toMatchObject({ code: 'secret-storage-unavailable' });
    await expect(store.get('k')).rejects.toMatchObject({ code: 'secret-storage-unavailable' });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(temp.dir)).toEqual(['secrets.json']);
  });

  it('treats keys that name Object.prototype members as ordinary keys', async () => {
    const store = createFileSecretStore(file, reversingCodec);
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(await store.get(key)).toBeUndefined();
      expect(await store.has(key)).toBe(false);
      await store.delete(key);
      expect(readdirSync(temp.dir)).toEqual([]);
    }
    await store.set('__proto__', 'p');
    await store.set('constructor', 'c');
    const reopened = createFileSecretStore(file, reversingCodec);
    expect(await reopened.get('__proto__')).toBe('p');
    expect(await reopened.get('constructor')).toBe('c');
    expect(await reopened.has('__proto__')).toBe(true);
    await reopened.delete('__proto__');
    expect(await reopened.has('__proto__')).toBe(false);
    expect(await reopened.get('constructor')).toBe('c');
  });

  it('refuses a secrets file in an unknown format instead of overwriting it', async () => {
    writeFileSync(file, JSON.stringify({ version: 2, secrets: {} }), { mode: 0o600 });
    const store = createFileSecretStore(file, reversingCodec);
    await expect(store.get('k')).rejects.toThrow(/not in a format this Dialtone understands/);
    await expect(store.set('k', 'v')).rejects.toThrow(/not in a format/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 2, secrets: {} });
  });
});
