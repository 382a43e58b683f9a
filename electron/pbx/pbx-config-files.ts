import { assertNever } from '../../shared/assert-never';
import { officeNotesText, type OfficeNotes } from '../../shared/models/office-trunk-names';
import { inEnglish, words, type Words } from '../../shared/text/words';
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
  readonly description: Words;
  readonly content: string;
  /** The firewall notes' sentences, which the app shows in the person's language; content holds their English. */
  readonly notes: OfficeNotes | null;
}

function gatewayFile(input: PbxConfigInput, passwords: PbxPasswords): PbxConfigFile {
  return {
    fileName: 'twilio-trunk.xml',
    description: words('office.fileFreeswitchGateway'),
    content: printXml(freeswitchGatewayConfig(input, passwords.termination)),
    notes: null,
  };
}

function pbxFiles(input: PbxConfigInput, passwords: PbxPasswords): PbxConfigFile[] {
  switch (input.pbx) {
    case 'asterisk':
      return [
        {
          fileName: 'pjsip.conf',
          description: words('office.fileAsteriskPjsip'),
          content: printAsteriskConfig(asteriskPjsipConfig(input, passwords)),
          notes: null,
        },
        {
          fileName: 'extensions.conf',
          description: words('office.fileAsteriskDialplan'),
          content: printAsteriskConfig(asteriskDialplanConfig(input)),
          notes: null,
        },
      ];
    case 'freeswitch':
      return [gatewayFile(input, passwords)];
    case 'bigbluebutton':
      return [
        gatewayFile(input, passwords),
        {
          fileName: 'twilio-dial-in.xml',
          description: words('office.fileBigBlueButtonDialIn'),
          content: printXml(bigBlueButtonDialplanConfig(input)),
          notes: null,
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
  const notes = firewallNotes(checkedInput);
  return [
    ...pbxFiles(checkedInput, checkedPasswords),
    {
      fileName: 'firewall-notes.txt',
      description: words('office.fileFirewallNotes'),
      content: officeNotesText(notes, inEnglish),
      notes,
    },
  ];
}
