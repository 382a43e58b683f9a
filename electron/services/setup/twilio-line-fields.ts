import type { AccountFields } from '../../../shared/models/account';
import type { TwilioEdge } from '../../../shared/models/twilio-setup';

/**
 * Where the phone signs in: Twilio's suggested setup is the global domain as registrar and the
 * chosen edge as outbound proxy (TWILIO-FACTS §3). Tests reach a lab registrar instead.
 */
export interface SipProxyOverride {
  host: string;
  trustedCaPem: string | null;
}

export function twilioLineFields(input: {
  phoneNumber: string;
  sipDomainName: string;
  edge: TwilioEdge;
  proxyOverride: SipProxyOverride | null;
}): AccountFields {
  const { phoneNumber, sipDomainName, edge, proxyOverride } = input;
  return {
    label: `Twilio ${phoneNumber}`,
    provider: 'twilio',
    sipAddress: `${phoneNumber}@${sipDomainName}`,
    authUsername: phoneNumber,
    registrar: sipDomainName,
    outboundProxy: proxyOverride?.host ?? `sip.${edge}.twilio.com`,
    // Secure=true on the domain: Twilio refuses anything but TLS with SDES-SRTP.
    transport: 'tls',
    srtp: 'mandatory',
    displayName: '',
    stunServer: proxyOverride ? null : 'global.stun.twilio.com:3478',
    trustedCaPem: proxyOverride?.trustedCaPem ?? null,
    pinnedCertSha256: null,
    enabled: true,
  };
}
