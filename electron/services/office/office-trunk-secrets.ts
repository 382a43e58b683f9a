import type { SecretStore } from '../../secrets/secret-store';

const terminationKey = 'office:termination-password';
const extensionKey = 'office:extension-password';

/** The office trunk's passwords, in the SecretStore only: made once, the same on every rerun. */
export function createOfficeTrunkSecrets(secrets: SecretStore, generate: () => string) {
  const kept = async (key: string): Promise<string> => {
    const existing = await secrets.get(key);
    if (existing !== undefined) return existing;
    const made = generate();
    await secrets.set(key, made);
    return made;
  };
  return {
    /** The PBX's password for its calls to Twilio (the trunk's credential list). */
    termination: () => kept(terminationKey),
    /** Dialtone's password as an extension of the PBX (Asterisk). */
    extension: () => kept(extensionKey),
    /** What is stored, without making anything: undefined once forgotten. */
    stored: async () => ({
      termination: await secrets.get(terminationKey),
      extension: await secrets.get(extensionKey),
    }),
    async forget(): Promise<void> {
      await secrets.delete(terminationKey);
      await secrets.delete(extensionKey);
    },
  };
}
