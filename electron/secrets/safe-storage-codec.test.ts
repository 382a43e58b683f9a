import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../services/app-failure';
import { makeTempDir } from '../test-support/backend-fixture';
import { createFileSecretStore } from './file-secret-store';
import { createSafeStorageCodec } from './safe-storage-codec';

const safeStorage = vi.hoisted(() => ({
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((value: string) => Buffer.from(`sealed:${[...value].reverse().join('')}`, 'utf8')),
  decryptString: vi.fn((sealed: Buffer) => [...sealed.toString('utf8').replace(/^sealed:/, '')].reverse().join('')),
}));
vi.mock('electron', () => ({ safeStorage }));

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir('dialtone-safe-storage-');
  safeStorage.isEncryptionAvailable.mockReturnValue(true);
  safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
});
afterEach(() => temp.remove());

function refusal(platform: NodeJS.Platform): AppFailure {
  try {
    createSafeStorageCodec(platform).assertAvailable();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('the codec accepted storage it should have refused');
}

describe('safeStorage codec', () => {
  it.each(['linux', 'darwin', 'win32'] as const)('refuses on %s when encryption is unavailable', (platform) => {
    safeStorage.isEncryptionAvailable.mockReturnValue(false);
    const failure = refusal(platform);
    expect(failure.code).toBe('secret-storage-unavailable');
    expect(failure.message).toMatch(/Nothing was saved/);
    expect(failure.message).toMatch(/keyring/);
  });

  it('refuses on Linux when the only backend is basic_text', () => {
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const failure = refusal('linux');
    expect(failure.code).toBe('secret-storage-unavailable');
    expect(failure.message).toMatch(/GNOME Keyring or KWallet/);
  });

  it('accepts a real Linux keyring, and does not ask for a backend on other platforms', () => {
    expect(() => createSafeStorageCodec('linux').assertAvailable()).not.toThrow();
    safeStorage.getSelectedStorageBackend.mockClear();
    expect(() => createSafeStorageCodec('darwin').assertAvailable()).not.toThrow();
    expect(safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('encrypts: the stored value differs from the plaintext and decodes back to it', () => {
    const codec = createSafeStorageCodec('linux');
    const stored = codec.encode('correct horse battery staple');
    expect(stored).not.toContain('correct horse');
    expect(safeStorage.encryptString).toHaveBeenCalledWith('correct horse battery staple');
    expect(codec.decode(stored)).toBe('correct horse battery staple');
  });

  it('behind the file store: refuses to save when unavailable, and writes nothing', async () => {
    safeStorage.isEncryptionAvailable.mockReturnValue(false);
    safeStorage.encryptString.mockClear();
    const store = createFileSecretStore(join(temp.dir, 'secrets.json'), createSafeStorageCodec('linux'));
    await expect(store.set('k', 'secret')).rejects.toMatchObject({ code: 'secret-storage-unavailable' });
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('behind the file store: the file holds ciphertext only', async () => {
    const file = join(temp.dir, 'secrets.json');
    const store = createFileSecretStore(file, createSafeStorageCodec('linux'));
    await store.set('account:1:password', 'PLAINTEXT-PASSWORD');
    expect(readFileSync(file, 'utf8')).not.toContain('PLAINTEXT-PASSWORD');
    expect(await store.get('account:1:password')).toBe('PLAINTEXT-PASSWORD');
  });
});
