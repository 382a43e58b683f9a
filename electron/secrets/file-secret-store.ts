import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SecretStore } from './secret-store';

/** Turns a secret into what is written to disk and back; the Electron codec encrypts. */
export interface SecretCodec {
  /** Throws an AppFailure saying what to do when the codec cannot protect secrets here. */
  assertAvailable(): void;
  encode(value: string): string;
  decode(stored: string): string;
}

type SecretFile = { version: 1; secrets: Record<string, string> };

/** A null-prototype map, so keys such as "constructor" or "__proto__" are ordinary keys. */
const secretMap = (entries: Record<string, string> = {}): Record<string, string> =>
  Object.assign(Object.create(null) as Record<string, string>, entries);

function readSecretFile(file: string): SecretFile {
  if (!existsSync(file)) return { version: 1, secrets: secretMap() };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SecretFile>;
  if (parsed.version !== 1 || typeof parsed.secrets !== 'object' || parsed.secrets === null) {
    throw new Error(`The secrets file ${file} is not in a format this Dialtone understands`);
  }
  return { version: 1, secrets: secretMap(parsed.secrets) };
}

/** Written to a temporary file then renamed, so a crash never leaves half a file; owner-only (0600). */
function writeSecretFile(file: string, content: SecretFile): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(content), { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

export function createFileSecretStore(file: string, codec: SecretCodec): SecretStore {
  return {
    async get(key) {
      const stored = readSecretFile(file).secrets[key];
      if (stored === undefined) return undefined;
      codec.assertAvailable();
      return codec.decode(stored);
    },
    async set(key, value) {
      codec.assertAvailable();
      const content = readSecretFile(file);
      content.secrets[key] = codec.encode(value);
      writeSecretFile(file, content);
    },
    async delete(key) {
      const content = readSecretFile(file);
      if (!(key in content.secrets)) return;
      delete content.secrets[key];
      writeSecretFile(file, content);
    },
    has: async (key) => Object.hasOwn(readSecretFile(file).secrets, key),
  };
}

/**
 * Development only (the browser shell): secrets are kept in plain text in an owner-only file.
 * The desktop app never uses this codec; it encrypts with the OS keyring through safeStorage.
 */
export const plainTextCodecForDevelopment: SecretCodec = {
  assertAvailable: () => undefined,
  encode: (value) => value,
  decode: (stored) => stored,
};
