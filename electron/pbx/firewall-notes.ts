import type { OfficeNotes } from '../../shared/models/office-trunk-names';
import { twilioEdgeLabels } from '../../shared/models/twilio-setup-names';
import { words } from '../../shared/text/words';
import type { PbxConfigInput } from './pbx-config-input';
import { signallingBlocks, twilioIpAddressesPage, twilioMedia, twilioSipPorts } from './twilio-sip-addresses';

/** What the PBX's firewall must let through, paragraph by paragraph, for a person to act on in their language. */
export function firewallNotes(input: PbxConfigInput): OfficeNotes {
  const blocks = signallingBlocks(input.edge);
  const address = input.pbxAddress;
  const unverified = blocks.some((block) => !block.verified);
  return [
    [words('office.firewallTitle', { domain: input.terminationDomain, edge: twilioEdgeLabels[input.edge] })],
    [
      words('office.firewallAddresses'),
      ...blocks.map(({ cidr, verified }) =>
        words(verified ? 'office.firewallAddress' : 'office.firewallAddressUnverified', { cidr }),
      ),
      ...(unverified ? [words('office.firewallCheckUnverified', { page: twilioIpAddressesPage })] : []),
    ],
    input.secure
      ? [
          words('office.firewallInboundSecure', { address, port: String(input.pbxSipPort) }),
          words('office.firewallOutboundSecure', { address, port: String(twilioSipPorts.tls) }),
        ]
      : [
          words('office.firewallInboundPlain', { address, port: String(input.pbxSipPort) }),
          words('office.firewallOutboundPlain', { address, port: String(twilioSipPorts.plain) }),
        ],
    [
      words('office.firewallMedia', {
        media: input.secure ? 'SRTP' : 'RTP',
        protocol: twilioMedia.protocol,
        cidr: twilioMedia.cidr,
        firstPort: String(twilioMedia.firstPort),
        lastPort: String(twilioMedia.lastPort),
      }),
    ],
  ];
}
