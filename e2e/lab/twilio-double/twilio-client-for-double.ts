import twilio from 'twilio';
import RequestClient from 'twilio/lib/base/RequestClient';
import type { TwilioDouble } from './index';

/** twilio-node's HTTP client, pointed at the double: https://api.twilio.com -> endpoints.api, serverless, pricing and trunking likewise. */
export class DoubleRequestClient extends RequestClient {
  constructor(
    private readonly endpoints: TwilioDouble['endpoints'],
    options?: ConstructorParameters<typeof RequestClient>[0],
  ) {
    super(options);
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const uri = opts.uri
      .replace(/^https:\/\/api\.twilio\.com/, this.endpoints.api)
      .replace(/^https:\/\/serverless\.twilio\.com/, this.endpoints.serverless)
      .replace(/^https:\/\/pricing\.twilio\.com/, this.endpoints.pricing)
      .replace(/^https:\/\/trunking\.twilio\.com/, this.endpoints.trunking);
    return super.request<TData>({ ...opts, uri });
  }
}

export function twilioClientFor(
  double: Pick<TwilioDouble, 'endpoints'>,
  username: string,
  password: string,
  options: { accountSid?: string; autoRetry?: boolean; maxRetryDelay?: number } = {},
) {
  const httpClient = new DoubleRequestClient(double.endpoints, {
    autoRetry: options.autoRetry ?? false,
    maxRetryDelay: options.maxRetryDelay,
  });
  return twilio(username, password, { accountSid: options.accountSid, httpClient });
}
