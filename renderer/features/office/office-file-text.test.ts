import { describe, expect, it } from 'vitest';
import { officeNotesText } from '../../../shared/models/office-trunk-names';
import { inEnglish, words } from '../../../shared/text/words';
import { intlFor } from '../../i18n/active-intl';
import { wordsText } from '../../i18n/words-text';
import { officeFileText } from './office-file-text';

const notes = [
  [words('office.firewallTitle', { domain: 'dialtone-15125550100-k3x9.pstn.twilio.com', edge: 'Dublin (Ireland)' })],
  [
    words('office.firewallAddresses'),
    words('office.firewallAddressUnverified', { cidr: '54.171.127.192/30' }),
    words('office.firewallInboundSecure', { address: '203.0.113.7', port: '5061' }),
  ],
  [
    words('office.firewallMedia', {
      media: 'SRTP',
      protocol: 'UDP',
      cidr: '168.86.128.0/18',
      firstPort: '10000',
      lastPort: '60000',
    }),
  ],
];
const firewall = {
  fileName: 'firewall-notes.txt',
  description: words('office.fileFirewallNotes'),
  content: officeNotesText(notes, inEnglish),
  notes,
} as const;

describe('officeFileText', () => {
  it('writes the firewall notes in English exactly as main wrote them', () => {
    expect(officeFileText(firewall, intlFor('en'))).toBe(firewall.content);
  });

  it('writes the firewall notes in the person’s language, with the addresses and ports unchanged', () => {
    const french = officeFileText(firewall, intlFor('fr'));
    expect(french).toBe(
      [
        'Pare-feu pour le trunk Twilio dialtone-15125550100-k3x9.pstn.twilio.com, emplacement Dublin (Ireland)',
        '',
        'Adresses de signalisation SIP de Twilio pour cet emplacement :',
        '  54.171.127.192/30  (NON VÉRIFIÉE)',
        'Entrant : autorisez ces adresses vers 203.0.113.7 sur 5061/TCP (TLS).',
        '',
        'Média (SRTP) : autorisez UDP dans les deux sens entre les ports RTP de ce serveur',
        'et 168.86.128.0/18, ports 10000-60000 (toutes les régions Twilio).',
        '',
      ].join('\n'),
    );
    expect(wordsText(firewall.description, intlFor('de'))).toBe(
      'Was die Firewall vor der Telefonanlage durchlassen muss.',
    );
  });

  it('leaves a configuration file as main wrote it, in every language', () => {
    const pjsip = {
      fileName: 'pjsip.conf',
      description: words('office.fileAsteriskPjsip'),
      content: '[twilio-trunk]\ntype=endpoint\n',
      notes: null,
    } as const;
    expect(officeFileText(pjsip, intlFor('es'))).toBe(pjsip.content);
  });
});
