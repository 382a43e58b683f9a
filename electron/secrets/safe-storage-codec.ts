import { safeStorage } from 'electron';
import { words } from '../../shared/text/words';
import { AppFailure } from '../services/app-failure';
import type { SecretCodec } from './file-secret-store';

function assertEncryptionAvailable(platform: NodeJS.Platform): void {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new AppFailure('secret-storage-unavailable', words('contacts.keyringUnavailable'));
  }
  // On Linux, "basic_text" means a hard-coded key: that is plain text in all but name.
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    throw new AppFailure('secret-storage-unavailable', words('contacts.keyringMissing'));
  }
}

/** Encrypts with Electron's safeStorage (Keychain, DPAPI, libsecret/kwallet) and refuses otherwise. */
export function createSafeStorageCodec(platform: NodeJS.Platform = process.platform): SecretCodec {
  return {
    assertAvailable: () => assertEncryptionAvailable(platform),
    encode: (value) => safeStorage.encryptString(value).toString('base64'),
    decode: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}
