import { asteriskNames, dialtonePhoneNames, transportName, type AsteriskTransportProtocol } from './asterisk-names';
import {
  comment,
  setting,
  type AsteriskConfigFile,
  type AsteriskLine,
  type AsteriskSection,
} from './asterisk-config-writer';
import type { AsteriskConfigInput, PbxPasswords } from './pbx-config-input';
import { signallingBlocks, terminationHost, terminationPort, twilioIpAddressesPage } from './twilio-sip-addresses';

/*
 * pjsip.conf for a Twilio Elastic SIP Trunk plus the Dialtone phone. Secure trunks get a TLS transport only
 * (no UDP anywhere) and SDES-SRTP media; plain ones get UDP for Twilio and TCP for Dialtone, whose SIP engine
 * speaks TCP or TLS.
 */

const certificatePlaceholders = {
  cert: '/etc/asterisk/keys/asterisk.crt',
  key: '/etc/asterisk/keys/asterisk.key',
  // Debian and Ubuntu keep the system's certificate authorities here.
  caPath: '/etc/ssl/certs',
};

function transportSection(input: AsteriskConfigInput, protocol: AsteriskTransportProtocol): AsteriskSection {
  const tlsLines: AsteriskLine[] =
    protocol === 'tls'
      ? [
          comment('Replace with the certificate and key of this server (for example from Let’s Encrypt).'),
          setting('cert_file', certificatePlaceholders.cert),
          setting('priv_key_file', certificatePlaceholders.key),
          setting('method', 'tlsv1_2'),
          comment('Checks the certificate Twilio presents against the system’s certificate authorities.'),
          setting('verify_server', 'yes'),
          setting('ca_list_path', certificatePlaceholders.caPath),
        ]
      : [];
  return {
    name: transportName(protocol),
    lines: [
      setting('type', 'transport'),
      setting('protocol', protocol),
      setting('bind', `0.0.0.0:${input.pbxSipPort}`),
      ...tlsLines,
      setting('external_media_address', input.pbxAddress),
      setting('external_signaling_address', input.pbxAddress),
      comment('Behind NAT, add local_net= lines for the office networks, for example local_net=192.168.0.0/16'),
    ],
  };
}

function mediaTemplate(secure: boolean): AsteriskSection {
  return {
    name: asteriskNames.mediaTemplate,
    isTemplate: true,
    lines: [
      setting('type', 'endpoint'),
      comment('Twilio carries G.711 only (PCMU, then PCMA).'),
      setting('disallow', 'all'),
      setting('allow', 'ulaw,alaw'),
      setting('media_encryption', secure ? 'sdes' : 'no'),
      setting('direct_media', 'no'),
      setting('rtp_symmetric', 'yes'),
      setting('force_rport', 'yes'),
      setting('rewrite_contact', 'yes'),
      setting('dtmf_mode', 'rfc4733'),
    ],
  };
}

function authSection(name: string, username: string, password: string): AsteriskSection {
  return {
    name,
    lines: [
      setting('type', 'auth'),
      setting('auth_type', 'userpass'),
      setting('username', username),
      setting('password', password),
    ],
  };
}

function trunkSections(input: AsteriskConfigInput, password: string): AsteriskSection[] {
  const names = asteriskNames;
  const blocks = signallingBlocks(input.edge);
  return [
    {
      name: names.trunkEndpoint,
      templates: [names.mediaTemplate],
      lines: [
        setting('transport', transportName(input.secure ? 'tls' : 'udp')),
        setting('context', names.fromTwilioContext),
        setting('outbound_auth', names.trunkAuth),
        setting('aors', names.trunkAor),
        setting('from_domain', input.terminationDomain),
      ],
    },
    authSection(names.trunkAuth, input.terminationUsername, password),
    {
      name: names.trunkAor,
      lines: [
        setting('type', 'aor'),
        setting(
          'contact',
          `sip:${terminationHost(input.terminationDomain, input.edge)}:${terminationPort(input.secure)}`,
        ),
      ],
    },
    {
      name: names.trunkIdentify,
      lines: [
        setting('type', 'identify'),
        setting('endpoint', names.trunkEndpoint),
        ...blocks.flatMap((block) => [
          ...(block.verified ? [] : [comment(`UNVERIFIED address block: check it at ${twilioIpAddressesPage}`)]),
          setting('match', block.cidr),
        ]),
      ],
    },
  ];
}

function dialtonePhoneSections(input: AsteriskConfigInput, password: string): AsteriskSection[] {
  const phone = dialtonePhoneNames(input.dialtoneExtension);
  return [
    {
      name: phone.endpoint,
      templates: [asteriskNames.mediaTemplate],
      lines: [
        comment(`Dialtone registers here as extension ${input.dialtoneExtension.number}.`),
        setting('transport', transportName(input.secure ? 'tls' : 'tcp')),
        setting('context', asteriskNames.toTwilioContext),
        setting('auth', phone.auth),
        setting('aors', phone.aor),
        setting('callerid', `Dialtone <${input.dialtoneExtension.number}>`),
      ],
    },
    authSection(phone.auth, input.dialtoneExtension.username, password),
    {
      name: phone.aor,
      lines: [setting('type', 'aor'), setting('max_contacts', 1), setting('remove_existing', 'yes')],
    },
  ];
}

export function asteriskPjsipConfig(input: AsteriskConfigInput, passwords: PbxPasswords): AsteriskConfigFile {
  const protocols: AsteriskTransportProtocol[] = input.secure ? ['tls'] : ['udp', 'tcp'];
  return {
    header: [
      `Dialtone: Twilio Elastic SIP Trunk ${input.terminationDomain} through the ${input.edge} edge,`,
      `and the Dialtone phone (extension ${input.dialtoneExtension.number}). Add to /etc/asterisk/pjsip.conf.`,
    ],
    sections: [
      ...protocols.map((protocol) => transportSection(input, protocol)),
      mediaTemplate(input.secure),
      ...trunkSections(input, passwords.termination),
      ...dialtonePhoneSections(input, passwords.extension),
    ],
  };
}
