import { describe, expect, it } from 'vitest';
import { officeNotesText } from '../../shared/models/office-trunk-names';
import { inEnglish } from '../../shared/text/words';
import { pbxConfigFiles } from './pbx-config-files';
import { pbxPasswordPlaceholder, previewPbxPasswords } from './pbx-config-input';
import {
  asteriskInput,
  freeswitchInput,
  parseAsteriskConfig,
  parseFreeswitchXml,
  samplePasswords,
} from './pbx-config-test-kit';

const namesOf = (files: { fileName: string }[]) => files.map((file) => file.fileName);

describe('pbxConfigFiles', () => {
  it('writes the files each PBX needs, each described, plus the firewall notes', () => {
    expect(namesOf(pbxConfigFiles(asteriskInput(), samplePasswords))).toEqual([
      'pjsip.conf',
      'extensions.conf',
      'firewall-notes.txt',
    ]);
    expect(namesOf(pbxConfigFiles(freeswitchInput('freeswitch'), samplePasswords))).toEqual([
      'twilio-trunk.xml',
      'firewall-notes.txt',
    ]);
    const bbb = pbxConfigFiles(freeswitchInput('bigbluebutton'), samplePasswords);
    expect(namesOf(bbb)).toEqual(['twilio-trunk.xml', 'twilio-dial-in.xml', 'firewall-notes.txt']);
    expect(bbb.map((file) => file.description.id)).toEqual([
      'office.fileFreeswitchGateway',
      'office.fileBigBlueButtonDialIn',
      'office.fileFirewallNotes',
    ]);
    expect(inEnglish(bbb[1]!.description)).toBe(
      'BigBlueButton dial-in: put it in /opt/freeswitch/conf/dialplan/public/ and restart FreeSWITCH.',
    );
  });

  it('writes the firewall notes in English from the sentences the app shows translated', () => {
    const files = pbxConfigFiles(freeswitchInput('freeswitch', { secure: false }), samplePasswords);
    const notes = files.find((file) => file.fileName === 'firewall-notes.txt');
    expect(notes?.notes).not.toBeNull();
    expect(notes?.content).toBe(officeNotesText(notes!.notes!, inEnglish));
    expect(notes?.content).toMatch(/^Firewall for the Twilio trunk .*\n\nTwilio’s SIP signalling addresses/);
    expect(notes?.content).toContain('RTP ports\nand 168.86.128.0/18, ports 10000-60000 (every Twilio region).\n');
    expect(files.filter((file) => file.notes !== null).map((file) => file.fileName)).toEqual(['firewall-notes.txt']);
  });

  it('produces files their PBX can read', () => {
    for (const file of pbxConfigFiles(asteriskInput(), samplePasswords).filter((f) => f.fileName.endsWith('.conf'))) {
      expect(parseAsteriskConfig(file.content).length, file.fileName).toBeGreaterThan(2);
    }
    for (const file of pbxConfigFiles(freeswitchInput('bigbluebutton'), samplePasswords).slice(0, 2)) {
      expect(() => parseFreeswitchXml(file.content), file.fileName).not.toThrow();
    }
  });

  it('puts the passwords only where they belong, and the placeholder in a preview', () => {
    const files = pbxConfigFiles(asteriskInput(), samplePasswords);
    const holding = (secret: string) => files.filter((file) => file.content.includes(secret)).map((f) => f.fileName);
    expect(holding(samplePasswords.termination)).toEqual(['pjsip.conf']);
    expect(holding(samplePasswords.extension)).toEqual(['pjsip.conf']);
    const preview = pbxConfigFiles(freeswitchInput('freeswitch'), previewPbxPasswords);
    expect(preview[0]?.content).toContain(`value="${pbxPasswordPlaceholder}"`);
    expect(preview.some((file) => file.content.includes(samplePasswords.termination))).toBe(false);
  });

  it('checks its input again, so a caller that skipped validation cannot inject config lines', () => {
    const hostile = { ...asteriskInput(), pbxAddress: '203.0.113.10\n[evil]' };
    expect(() => pbxConfigFiles(hostile, samplePasswords)).toThrow(/PBX address/);
    expect(() => pbxConfigFiles(asteriskInput(), { ...samplePasswords, termination: 'Abcdefgh1234;x' })).toThrow(
      /uses only letters, digits/,
    );
  });

  it('never repeats a refused password in its error', () => {
    const secret = 'Abcdefgh1234"leaked';
    let message = '';
    try {
      pbxConfigFiles(asteriskInput(), { ...samplePasswords, extension: secret });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain('uses only letters, digits');
    expect(message).not.toContain('leaked');
  });
});
