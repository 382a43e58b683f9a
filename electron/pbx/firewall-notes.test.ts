import { describe, expect, it } from 'vitest';
import { officeNotesText } from '../../shared/models/office-trunk-names';
import { twilioEdges } from '../../shared/models/twilio-setup-names';
import { inEnglish } from '../../shared/text/words';
import { firewallNotes } from './firewall-notes';
import { freeswitchInput } from './pbx-config-test-kit';
import { signallingBlocks } from './twilio-sip-addresses';

const englishLines = (...args: Parameters<typeof firewallNotes>) =>
  officeNotesText(firewallNotes(...args), inEnglish).split('\n');

describe('firewallNotes', () => {
  it.each(twilioEdges)('lists the %s edge’s signalling blocks and sends unverified ones to Twilio’s page', (edge) => {
    const lines = englishLines(freeswitchInput('freeswitch', { edge }));
    const blocks = signallingBlocks(edge);
    for (const block of blocks) {
      const line = lines.find((candidate) => candidate.trim().startsWith(block.cidr));
      expect(line, block.cidr).toBeDefined();
      expect(line?.includes('UNVERIFIED')).toBe(!block.verified);
    }
    const pointsToTwilio = lines.some((line) => line.includes('twilio.com/docs/sip-trunking/ip-addresses'));
    expect(pointsToTwilio).toBe(blocks.some((block) => !block.verified));
  });

  it('names TLS on 5061 for a secure trunk and UDP/TCP on 5060 otherwise, plus the PBX port and media range', () => {
    const secure = englishLines(freeswitchInput('freeswitch', { secure: true, pbxSipPort: 5081 })).join('\n');
    expect(secure).toContain('on 5061/TCP (SIP over TLS)');
    expect(secure).toContain('203.0.113.10 on 5081/TCP (TLS)');
    expect(secure).not.toContain('UDP and');
    const plain = englishLines(freeswitchInput('freeswitch', { secure: false, pbxSipPort: 5080 })).join('\n');
    expect(plain).toContain('on 5060/UDP and 5060/TCP (SIP)');
    expect(plain).toContain('203.0.113.10 on 5080/UDP and 5080/TCP');
    for (const notes of [secure, plain]) expect(notes).toContain('168.86.128.0/18, ports 10000-60000');
  });
});
