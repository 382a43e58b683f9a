import { z } from 'zod';

/** The environment variable e2e sets to point the setup wizard at the Twilio test double and the lab registrar. */
export const twilioDoubleEnvName = 'DIALTONE_TWILIO_TEST_DOUBLE';

const localUrl = z.string().regex(/^http:\/\/127\.0\.0\.1:\d{1,5}$/, 'only a loopback test double');
const testDoubleSchema = z.strictObject({
  endpoints: z.strictObject({
    api: localUrl,
    serverless: localUrl,
    serverlessUpload: localUrl,
    pricing: localUrl,
    trunking: localUrl.optional(),
  }),
  sipProxyOverride: z.strictObject({ host: z.string(), trustedCaPem: z.string().nullable() }).nullable(),
});
export type TwilioTestDouble = z.infer<typeof testDoubleSchema>;

/** undefined (the Twilio cloud) unless the variable is set; a malformed value stops the shell. */
export function twilioTestDoubleFromEnv(env: NodeJS.ProcessEnv = process.env): TwilioTestDouble | undefined {
  const value = env[twilioDoubleEnvName];
  if (value === undefined || value === '') return undefined;
  return testDoubleSchema.parse(JSON.parse(value));
}
