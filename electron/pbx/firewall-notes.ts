import { twilioEdgeLabels } from '../../shared/models/twilio-setup-names';
import type { PbxConfigInput } from './pbx-config-input';
import { signallingBlocks, twilioIpAddressesPage, twilioMedia, twilioSipPorts } from './twilio-sip-addresses';

/** What the PBX's firewall must let through, as plain text lines for a person to act on. */
export function firewallNotes(input: PbxConfigInput): string[] {
  const blocks = signallingBlocks(input.edge);
  const twilioPorts = input.secure
    ? `${twilioSipPorts.tls}/TCP (SIP over TLS)`
    : `${twilioSipPorts.plain}/UDP and ${twilioSipPorts.plain}/TCP (SIP)`;
  const pbxPorts = input.secure
    ? `${input.pbxSipPort}/TCP (TLS)`
    : `${input.pbxSipPort}/UDP and ${input.pbxSipPort}/TCP`;
  const unverified = blocks.some((block) => !block.verified);
  return [
    `Firewall for the Twilio trunk ${input.terminationDomain}, edge ${twilioEdgeLabels[input.edge]}`,
    '',
    `Twilio's SIP signalling addresses for this edge:`,
    ...blocks.map((block) => `  ${block.cidr}${block.verified ? '' : '  (UNVERIFIED)'}`),
    ...(unverified
      ? [
          `Addresses marked UNVERIFIED were not confirmed: check them at ${twilioIpAddressesPage} before relying on them.`,
        ]
      : []),
    '',
    `Inbound: allow these addresses to ${input.pbxAddress} on ${pbxPorts}.`,
    `Outbound: allow ${input.pbxAddress} to these addresses on ${twilioPorts}.`,
    '',
    `Media (${input.secure ? 'SRTP' : 'RTP'}): allow ${twilioMedia.protocol} both ways between this server's RTP ports`,
    `and ${twilioMedia.cidr}, ports ${twilioMedia.firstPort}-${twilioMedia.lastPort} (every Twilio region).`,
  ];
}
