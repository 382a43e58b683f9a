import { z } from 'zod';
import type { SecretStore } from '../../secrets/secret-store';
import type { TwilioCredentials } from '../../twilio/twilio-credentials';

const credentialsKey = 'twilio:credentials';
const sipPasswordKey = 'twilio:sip-password';

const credentialsSchema = z.object({ accountSid: z.string(), username: z.string(), password: z.string() });

/** The Twilio sign-in and the generated SIP password, in the SecretStore only. */
export function createSetupSecrets(secrets: SecretStore) {
  return {
    async credentials(): Promise<TwilioCredentials | undefined> {
      const stored = await secrets.get(credentialsKey);
      if (stored === undefined) return undefined;
      try {
        const parsed = credentialsSchema.safeParse(JSON.parse(stored));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    saveCredentials: (credentials: TwilioCredentials) => secrets.set(credentialsKey, JSON.stringify(credentials)),
    /** The SIP password made for this setup; the same one on every rerun, so Twilio and the phone agree. */
    async sipPassword(generate: () => string): Promise<string> {
      const existing = await secrets.get(sipPasswordKey);
      if (existing !== undefined) return existing;
      const made = generate();
      await secrets.set(sipPasswordKey, made);
      return made;
    },
    async forgetAll(): Promise<void> {
      await secrets.delete(credentialsKey);
      await secrets.delete(sipPasswordKey);
    },
    forgetSipPassword: () => secrets.delete(sipPasswordKey),
  };
}

export type SetupSecrets = ReturnType<typeof createSetupSecrets>;
