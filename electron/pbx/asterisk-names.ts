import type { DialtoneExtension } from './pbx-config-input';

/** Names pjsip.conf defines and extensions.conf refers to: one place, so the two files agree. */
export const asteriskNames = {
  trunkEndpoint: 'twilio-trunk',
  trunkAuth: 'twilio-trunk-auth',
  trunkAor: 'twilio-trunk',
  trunkIdentify: 'twilio-trunk-identify',
  /** Template of media settings both endpoints share. */
  mediaTemplate: 'dialtone-twilio-media',
  fromTwilioContext: 'from-twilio',
  toTwilioContext: 'to-twilio',
  twilioDialContext: 'twilio-dial',
  dialtonePhoneContext: 'dialtone-phone',
} as const;

/**
 * Asterisk finds the AOR of a REGISTER by the user part of its To header, so the Dialtone phone's endpoint
 * and AOR carry the username Dialtone registers with.
 */
export function dialtonePhoneNames(extension: DialtoneExtension) {
  return { endpoint: extension.username, aor: extension.username, auth: `${extension.username}-auth` };
}

export type AsteriskTransportProtocol = 'udp' | 'tcp' | 'tls';

export const transportName = (protocol: AsteriskTransportProtocol) => `transport-${protocol}`;
