import twilio from 'twilio';
import type BaseRequestClient from 'twilio/lib/base/RequestClient';
import type { TwilioCredentials } from './twilio-credentials';
import { isCloud, redirectUrl, type TwilioEndpoints } from './endpoints';

export type TwilioRestClient = twilio.Twilio;

export interface RetryPolicy {
  /** Retries of a request Twilio refused with 429 (never processed, so safe to repeat). 0 turns retrying off. */
  maxRetries: number;
  maxRetryDelayMs: number;
}

export const defaultRetry: RetryPolicy = Object.freeze({ maxRetries: 3, maxRetryDelayMs: 3000 });
/** How long one request may take before it fails as "Twilio did not answer in time". */
export const defaultRequestTimeoutMs = 30_000;

/**
 * twilio-node's own HTTP client (axios; exponential backoff with full jitter on 429 when autoRetry is
 * on), with the Twilio hosts swapped for test endpoints. twilio-node has already applied edge/region
 * to the host (BaseTwilio.getHostname) when request() sees the URI.
 */
class RedirectingRequestClient extends twilio.RequestClient {
  constructor(
    options: BaseRequestClient.RequestClientOptions,
    private readonly endpoints: TwilioEndpoints,
  ) {
    super(options);
  }

  override request<TData>(options: BaseRequestClient.RequestOptions<TData>) {
    return super.request<TData>({ ...options, uri: redirectUrl(this.endpoints, options.uri) });
  }
}

export function createRestClient(
  credentials: TwilioCredentials,
  endpoints: TwilioEndpoints,
  retry: RetryPolicy = defaultRetry,
  timeoutMs: number = defaultRequestTimeoutMs,
): TwilioRestClient {
  const clientOptions = {
    timeout: timeoutMs,
    autoRetry: retry.maxRetries > 0,
    maxRetries: Math.max(1, retry.maxRetries),
    maxRetryDelay: Math.max(1, retry.maxRetryDelayMs),
  };
  // Given an httpClient, twilio-node uses it as is: the retry options must go to its constructor.
  const httpClient = isCloud(endpoints)
    ? new twilio.RequestClient(clientOptions)
    : new RedirectingRequestClient(clientOptions, endpoints);
  return twilio(credentials.username, credentials.password, {
    accountSid: credentials.accountSid,
    httpClient,
    ...clientOptions,
    // Never let TWILIO_EDGE / TWILIO_REGION / TWILIO_LOG_LEVEL from the environment change where or what we send.
    env: {},
    edge: '',
    region: '',
    logLevel: 'none',
  });
}
