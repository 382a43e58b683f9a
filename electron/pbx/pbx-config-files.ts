import { assertNever } from '../../shared/assert-never';
import { asteriskDialplanConfig } from './asterisk-dialplan-config';
import { printAsteriskConfig } from './asterisk-config-writer';
import { asteriskPjsipConfig } from './asterisk-pjsip-config';
import { bigBlueButtonDialplanConfig } from './bigbluebutton-dialplan-config';
import { firewallNotes } from './firewall-notes';
import { freeswitchGatewayConfig } from './freeswitch-gateway-config';
import { pbxConfigInputSchema, pbxPasswordsSchema, type PbxConfigInput, type PbxPasswords } from './pbx-config-input';
import { printXml } from './xml-element-writer';

export interface PbxConfigFile {
  readonly fileName: string;
  readonly description: string;
  readonly content: string;
}

function gatewayFile(input: PbxConfigInput, passwords: PbxPasswords): PbxConfigFile {
  return {
    fileName: 'twilio-trunk.xml',
    description: 'FreeSWITCH gateway to Twilio: put it in sip_profiles/external/ and reload the external profile.',
    content: printXml(freeswitchGatewayConfig(input, passwords.termination)),
  };
}

function pbxFiles(input: PbxConfigInput, passwords: PbxPasswords): PbxConfigFile[] {
  switch (input.pbx) {
    case 'asterisk':
      return [
        {
          fileName: 'pjsip.conf',
          description: 'Asterisk PJSIP: the Twilio trunk and the Dialtone phone. Add it to /etc/asterisk/pjsip.conf.',
          content: printAsteriskConfig(asteriskPjsipConfig(input, passwords)),
        },
        {
          fileName: 'extensions.conf',
          description:
            'Asterisk dialplan: calls in to Dialtone, calls out as E.164. Add it to /etc/asterisk/extensions.conf.',
          content: printAsteriskConfig(asteriskDialplanConfig(input)),
        },
      ];
    case 'freeswitch':
      return [gatewayFile(input, passwords)];
    case 'bigbluebutton':
      return [
        gatewayFile(input, passwords),
        {
          fileName: 'twilio-dial-in.xml',
          description: 'BigBlueButton dial-in: put it in /opt/freeswitch/conf/dialplan/public/ and restart FreeSWITCH.',
          content: printXml(bigBlueButtonDialplanConfig(input)),
        },
      ];
    default:
      return assertNever(input);
  }
}

/**
 * Every file Dialtone writes for the chosen PBX, plus the firewall notes. Input and passwords are checked again
 * here because each generator trusts them to hold nothing that config syntax would read.
 * For a preview, pass previewPbxPasswords; the real passwords stay in main.
 */
export function pbxConfigFiles(input: PbxConfigInput, passwords: PbxPasswords): PbxConfigFile[] {
  const checkedInput = pbxConfigInputSchema.parse(input);
  const checkedPasswords = pbxPasswordsSchema.parse(passwords);
  return [
    ...pbxFiles(checkedInput, checkedPasswords),
    {
      fileName: 'firewall-notes.txt',
      description: 'What the firewall in front of the PBX must let through.',
      content: `${firewallNotes(checkedInput).join('\n')}\n`,
    },
  ];
}
