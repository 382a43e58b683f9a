import { describe, expect, it } from 'vitest';
import { twilioEdges } from '../../shared/models/twilio-setup-names';
import { printAsteriskConfig } from './asterisk-config-writer';
import { asteriskPjsipConfig } from './asterisk-pjsip-config';
import {
  asteriskInput,
  missingPjsipKeys,
  parseAsteriskConfig,
  pjsipObjects,
  samplePasswords,
  unresolvedPjsipReferences,
  valueOf,
  valuesOf,
  type PjsipObject,
} from './pbx-config-test-kit';
import { signallingBlocks } from './twilio-sip-addresses';
import type { AsteriskConfigInput } from './pbx-config-input';

function pjsip(input: AsteriskConfigInput) {
  const text = printAsteriskConfig(asteriskPjsipConfig(input, samplePasswords));
  return { text, objects: pjsipObjects(parseAsteriskConfig(text)) };
}

const ofType = (objects: PjsipObject[], type: string) => objects.filter((object) => object.type === type);
const named = (objects: PjsipObject[], type: string, name: string) =>
  objects.find((object) => object.type === type && object.name === name);

const everyCase = twilioEdges.flatMap((edge) => [true, false].map((secure) => ({ edge, secure })));

describe('asteriskPjsipConfig', () => {
  it.each(everyCase)(
    'gives every object its required keys and resolves every reference ($edge, secure $secure)',
    (c) => {
      const { objects } = pjsip(asteriskInput(c));
      const types = objects.map((object) => object.type).filter((type) => type !== 'transport');
      expect(types.sort()).toEqual(['aor', 'aor', 'auth', 'auth', 'endpoint', 'endpoint', 'identify']);
      expect(ofType(objects, 'transport')).toHaveLength(c.secure ? 1 : 2);
      expect(objects.flatMap((object) => missingPjsipKeys(object).map((key) => `[${object.name}] ${key}`))).toEqual([]);
      expect(unresolvedPjsipReferences(objects)).toEqual([]);
    },
  );

  it('uses TLS only and SDES-SRTP everywhere when the trunk is secure', () => {
    const { objects } = pjsip(asteriskInput({ secure: true }));
    expect(ofType(objects, 'transport').map((t) => valueOf(t.entries, 'protocol'))).toEqual(['tls']);
    for (const endpoint of ofType(objects, 'endpoint')) {
      expect(valueOf(endpoint.entries, 'media_encryption')).toBe('sdes');
      expect(valueOf(endpoint.entries, 'transport')).toBe('transport-tls');
    }
    expect(valueOf(named(objects, 'aor', 'twilio-trunk')?.entries ?? [], 'contact')).toBe(
      'sip:my-office.pstn.ashburn.twilio.com:5061',
    );
  });

  it('uses UDP towards Twilio and TCP for Dialtone, without SRTP, when the trunk is not secure', () => {
    const { objects } = pjsip(asteriskInput({ secure: false, edge: 'sydney', pbxSipPort: 5070 }));
    const transports = ofType(objects, 'transport');
    expect(transports.map((t) => valueOf(t.entries, 'protocol'))).toEqual(['udp', 'tcp']);
    expect(transports.map((t) => valueOf(t.entries, 'bind'))).toEqual(['0.0.0.0:5070', '0.0.0.0:5070']);
    expect(valueOf(named(objects, 'endpoint', 'twilio-trunk')?.entries ?? [], 'transport')).toBe('transport-udp');
    expect(valueOf(named(objects, 'endpoint', 'dialtone-1001')?.entries ?? [], 'transport')).toBe('transport-tcp');
    for (const endpoint of ofType(objects, 'endpoint'))
      expect(valueOf(endpoint.entries, 'media_encryption')).toBe('no');
    expect(valueOf(named(objects, 'aor', 'twilio-trunk')?.entries ?? [], 'contact')).toBe(
      'sip:my-office.pstn.sydney.twilio.com:5060',
    );
  });

  it('sets the trunk endpoint up for Twilio: context, G.711, NAT handling, RFC 4733 DTMF', () => {
    const trunk = named(pjsip(asteriskInput()).objects, 'endpoint', 'twilio-trunk');
    const entries = trunk?.entries ?? [];
    expect(Object.fromEntries(entries.map(({ key, value }) => [key, value]))).toMatchObject({
      context: 'from-twilio',
      disallow: 'all',
      allow: 'ulaw,alaw',
      outbound_auth: 'twilio-trunk-auth',
      aors: 'twilio-trunk',
      from_domain: 'my-office.pstn.twilio.com',
      direct_media: 'no',
      rtp_symmetric: 'yes',
      force_rport: 'yes',
      rewrite_contact: 'yes',
      dtmf_mode: 'rfc4733',
    });
    expect(valueOf(entries, 'auth')).toBeUndefined();
  });

  it('keeps each password in its own auth section and nowhere else', () => {
    const { text, objects } = pjsip(asteriskInput());
    expect(valueOf(named(objects, 'auth', 'twilio-trunk-auth')?.entries ?? [], 'password')).toBe(
      samplePasswords.termination,
    );
    expect(valueOf(named(objects, 'auth', 'dialtone-1001-auth')?.entries ?? [], 'password')).toBe(
      samplePasswords.extension,
    );
    expect(text.split(samplePasswords.termination)).toHaveLength(2);
    expect(text.split(samplePasswords.extension)).toHaveLength(2);
  });

  it('registers the Dialtone phone under its username, with one contact, calling out through to-twilio', () => {
    const { objects } = pjsip(asteriskInput());
    const phone = named(objects, 'endpoint', 'dialtone-1001')?.entries ?? [];
    expect(valueOf(phone, 'context')).toBe('to-twilio');
    expect(valueOf(phone, 'auth')).toBe('dialtone-1001-auth');
    expect(valueOf(named(objects, 'auth', 'dialtone-1001-auth')?.entries ?? [], 'username')).toBe('dialtone-1001');
    expect(valueOf(named(objects, 'aor', 'dialtone-1001')?.entries ?? [], 'max_contacts')).toBe('1');
  });

  it.each(twilioEdges)('identifies Twilio by the %s edge signalling blocks, flagging unverified ones', (edge) => {
    const { text, objects } = pjsip(asteriskInput({ edge }));
    const identify = ofType(objects, 'identify')[0]?.entries ?? [];
    const blocks = signallingBlocks(edge);
    expect(valuesOf(identify, 'match')).toEqual(blocks.map((block) => block.cidr));
    const lines = text.split('\n');
    for (const block of blocks) {
      const previous = lines[lines.indexOf(`match=${block.cidr}`) - 1] ?? '';
      expect(previous.startsWith('; UNVERIFIED')).toBe(!block.verified);
    }
  });
});
