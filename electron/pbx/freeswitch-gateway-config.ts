import { element, xmlComment, type XmlElement } from './xml-element-writer';
import type { PbxConfigInput } from './pbx-config-input';
import { terminationHost, terminationPort, twilioSrtpSuites } from './twilio-sip-addresses';

/*
 * A gateway for FreeSWITCH's external profile (sip_profiles/external/): Twilio's termination side of the trunk.
 * Twilio authenticates calls with the credential list and never takes a REGISTER from a trunk, so the gateway
 * does not register.
 */

export const freeswitchGatewayName = 'twilio-trunk';

const param = (name: string, value: string) => element('param', { name, value });

function proxy(input: PbxConfigInput): string {
  const host = terminationHost(input.terminationDomain, input.edge);
  // FreeSWITCH sends the gateway's calls to sip:<proxy>, so the transport must be in the proxy itself.
  return input.secure ? `${host}:${terminationPort(true)};transport=tls` : host;
}

export function freeswitchGatewayConfig(input: PbxConfigInput, terminationPassword: string): XmlElement {
  const host = terminationHost(input.terminationDomain, input.edge);
  const secureParts = input.secure
    ? [
        xmlComment('TLS needs the external profile to listen on TLS: external_ssl_enable=true in vars.xml.'),
        param('register-transport', 'tls'),
        element('variables', {}, [
          element('variable', {
            name: 'rtp_secure_media_outbound',
            value: `mandatory:${twilioSrtpSuites.join(',')}`,
            direction: 'outbound',
          }),
        ]),
      ]
    : [];
  return element('include', {}, [
    xmlComment(`Dialtone: Twilio Elastic SIP Trunk ${input.terminationDomain} through the ${input.edge} edge.`),
    xmlComment(`Call out with sofia/gateway/${freeswitchGatewayName}/+E164, caller ID ${input.phoneNumber}.`),
    element('gateway', { name: freeswitchGatewayName }, [
      param('realm', host),
      param('proxy', proxy(input)),
      param('username', input.terminationUsername),
      param('password', terminationPassword),
      param('register', 'false'),
      param('caller-id-in-from', 'true'),
      ...secureParts,
    ]),
  ]);
}
