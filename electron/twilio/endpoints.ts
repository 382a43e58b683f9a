/** Where Dialtone's Twilio REST calls go. Only tests point these elsewhere (a local test double). */
export interface TwilioEndpoints {
  api: string;
  serverless: string;
  serverlessUpload: string;
  pricing: string;
  /** Elastic SIP Trunking; Twilio's own when absent. */
  trunking?: string;
}

export const twilioCloud: Required<TwilioEndpoints> = Object.freeze({
  api: 'https://api.twilio.com',
  serverless: 'https://serverless.twilio.com',
  serverlessUpload: 'https://serverless-upload.twilio.com',
  pricing: 'https://pricing.twilio.com',
  trunking: 'https://trunking.twilio.com',
});

/** Twilio builds hosts as {product}[.{edge}][.{region}].twilio.com; the product is the first label. */
const productKeys: Readonly<Record<string, keyof TwilioEndpoints>> = {
  api: 'api',
  serverless: 'serverless',
  'serverless-upload': 'serverlessUpload',
  pricing: 'pricing',
  trunking: 'trunking',
};

const originOf = (url: string) => new URL(url).origin;

/** The origin to use instead of this Twilio host, or null to leave it (not ours, or not redirected). */
export function redirectOrigin(endpoints: TwilioEndpoints, hostname: string): string | null {
  if (!hostname.endsWith('.twilio.com')) return null;
  const key = productKeys[hostname.split('.')[0] ?? ''];
  if (key === undefined) return null;
  const target = originOf(endpoints[key] ?? twilioCloud[key]);
  return target === originOf(twilioCloud[key]) ? null : target;
}

/** `url` with its origin replaced when its Twilio host is redirected; otherwise `url` itself. */
export function redirectUrl(endpoints: TwilioEndpoints, url: string): string {
  const parsed = new URL(url);
  const origin = redirectOrigin(endpoints, parsed.hostname);
  return origin === null ? url : `${origin}${parsed.pathname}${parsed.search}`;
}

export function isCloud(endpoints: TwilioEndpoints): boolean {
  return (Object.keys(twilioCloud) as (keyof TwilioEndpoints)[]).every(
    (key) => originOf(endpoints[key] ?? twilioCloud[key]) === twilioCloud[key],
  );
}
