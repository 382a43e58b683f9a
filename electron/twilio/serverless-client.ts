import { TwilioServerlessApiClient, type GotClient } from '@twilio-labs/serverless-api';
import type { TwilioCredentials } from './twilio-credentials';
import { isCloud, redirectOrigin, type TwilioEndpoints } from './endpoints';
import { defaultRequestTimeoutMs, type RetryPolicy } from './rest-client';

/** @twilio-labs/serverless-api, plus the last error answer it saw (it replaces some with bare Errors). */
export interface ServerlessClient {
  readonly sapi: TwilioServerlessApiClient;
  /** The most recent failed request's error (a got HTTPError / RequestError), or null. */
  lastFailure(): unknown;
  forgetFailures(): void;
}

/**
 * serverless-api sends every request through `client[method](path, options)` of a got 11 instance
 * whose prefixUrl is https://serverless.twilio.com/v1; uploads pass their own prefixUrl of
 * serverless-upload.twilio.com. Its request() asks got to retry 429 on GET, POST and DELETE
 * (retryLimit, default 10); got keeps the calculateDelay given here (retry options are merged), and
 * never retries a streamed body (the multipart Function upload): a 429 there fails the deploy, which
 * a rerun repeats safely. serverless-api sets no timeout: without one a Twilio that never answers would
 * keep the setup busy for good.
 */
export function createServerlessClient(
  credentials: TwilioCredentials,
  endpoints: TwilioEndpoints,
  retry: RetryPolicy,
  timeoutMs: number = defaultRequestTimeoutMs,
): ServerlessClient {
  const sapi = new TwilioServerlessApiClient({
    username: credentials.username,
    password: credentials.password,
    retryLimit: Math.max(1, retry.maxRetries),
    concurrency: 4,
  });
  let failure: unknown = null;
  const holder = sapi as unknown as { client: GotClient };
  holder.client = holder.client.extend({
    timeout: { request: timeoutMs },
    retry: {
      calculateDelay: ({ computedValue }) =>
        computedValue === 0 || retry.maxRetries === 0 ? 0 : Math.min(computedValue, retry.maxRetryDelayMs),
    },
    hooks: {
      beforeRequest: isCloud(endpoints)
        ? []
        : [
            (options) => {
              const origin = redirectOrigin(endpoints, options.url.hostname);
              if (origin === null) return;
              const target = new URL(origin);
              options.url.protocol = target.protocol;
              options.url.host = target.host;
            },
          ],
      beforeError: [
        (error) => {
          failure = error;
          return error;
        },
      ],
    },
  });
  return {
    sapi,
    lastFailure: () => failure,
    forgetFailures: () => {
      failure = null;
    },
  };
}
