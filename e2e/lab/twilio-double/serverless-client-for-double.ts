import { TwilioServerlessApiClient } from '@twilio-labs/serverless-api';
import type { Got } from 'got';
import type { TwilioDouble } from './index';

/**
 * sapi's got client, pointed at the double with a beforeRequest hook: serverless.twilio.com -> endpoints.serverless,
 * serverless-upload.twilio.com -> endpoints.serverlessUpload (uploads carry their own prefixUrl per request).
 */
export function serverlessClientFor(double: Pick<TwilioDouble, 'endpoints'>, username: string, password: string) {
  const client = new TwilioServerlessApiClient({ username, password });
  const targets: Array<[string, string]> = [
    ['serverless-upload.twilio.com', double.endpoints.serverlessUpload],
    ['serverless.twilio.com', double.endpoints.serverless],
  ];
  // sapi keeps its got instance in a private field and sends every request through it.
  const internals = client as unknown as { client: Got };
  internals.client = internals.client.extend({
    hooks: {
      beforeRequest: [
        (options) => {
          const url = options.url as URL;
          const target = targets.find(([host]) => url.host === host);
          if (!target) return;
          const replacement = new URL(target[1]);
          url.protocol = replacement.protocol;
          url.host = replacement.host;
        },
      ],
    },
  });
  return client;
}
