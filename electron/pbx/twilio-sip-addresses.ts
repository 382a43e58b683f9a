import type { TwilioEdge } from '../../shared/models/twilio-setup-names';

/*
 * The one table of where Twilio's Elastic SIP Trunking signalling and media come from (TWILIO-FACTS §3, §8).
 * Only North America's blocks were confirmed from a stored source; the others are remembered and each
 * generated file says so next to them.
 */

export interface SignallingBlock {
  readonly cidr: string;
  readonly verified: boolean;
}

const northAmerica: readonly SignallingBlock[] = [
  { cidr: '54.172.60.0/30', verified: true },
  { cidr: '54.244.51.0/30', verified: true },
];

const signallingBlocksByEdge: Readonly<Record<TwilioEdge, readonly SignallingBlock[]>> = {
  ashburn: northAmerica,
  umatilla: northAmerica,
  dublin: [{ cidr: '54.171.127.192/30', verified: false }],
  frankfurt: [{ cidr: '35.156.191.128/30', verified: false }],
  singapore: [{ cidr: '54.169.127.128/30', verified: false }],
  tokyo: [{ cidr: '54.65.63.192/30', verified: false }],
  sydney: [{ cidr: '54.252.254.64/30', verified: false }],
  'sao-paulo': [{ cidr: '177.71.206.192/30', verified: false }],
};

export function signallingBlocks(edge: TwilioEdge): readonly SignallingBlock[] {
  return signallingBlocksByEdge[edge];
}

export const twilioIpAddressesPage = 'https://www.twilio.com/docs/sip-trunking/ip-addresses';

/** All regions since 2024-02-21. */
export const twilioMedia = { cidr: '168.86.128.0/18', protocol: 'UDP', firstPort: 10000, lastPort: 60000 } as const;

export const twilioSipPorts = { plain: 5060, tls: 5061 } as const;

/** SDES suites Twilio accepts (no MKI). */
export const twilioSrtpSuites = ['AES_CM_128_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_32'] as const;

/** my-office.pstn.twilio.com through an edge: my-office.pstn.dublin.twilio.com (TWILIO-FACTS §8). */
export function terminationHost(terminationDomain: string, edge: TwilioEdge): string {
  const trunkName = terminationDomain.slice(0, -'.pstn.twilio.com'.length);
  return `${trunkName}.pstn.${edge}.twilio.com`;
}

export function terminationPort(secure: boolean): number {
  return secure ? twilioSipPorts.tls : twilioSipPorts.plain;
}
