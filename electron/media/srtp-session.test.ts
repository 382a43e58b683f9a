import { describe, expect, it } from 'vitest';
import { serializeRtp } from './rtp-packet';
import { generateMasterKey } from './srtp-keys';
import { SrtpContexts } from './srtp-session';
import { SrtcpTransform } from './srtcp-transform';
import { SrtpTransform } from './srtp-transform';

const rtp = (sequence: number, payload = Buffer.alloc(160, 0x55), ssrc = 0x11223344) =>
  serializeRtp({ payloadType: 0, sequence, timestamp: sequence * 160, ssrc, payload });

describe('SRTP contexts of a call', () => {
  const suite = 'AES_CM_128_HMAC_SHA1_80';

  it('use our key to send and the far end key to receive', () => {
    const a = generateMasterKey();
    const b = generateMasterKey();
    const alice = new SrtpContexts().sessionFor({ suite, local: a, remote: b });
    const bob = new SrtpContexts().sessionFor({ suite, local: b, remote: a });
    const plain = rtp(42);
    const result = bob.unprotectRtp(alice.protectRtp(plain));
    expect(result.ok && result.packet.equals(plain)).toBe(true);
    expect(alice.unprotectRtp(alice.protectRtp(rtp(43))).ok).toBe(false);
  });

  it('keep sending under our key where they were when the far end re-keys, after a wrap too', () => {
    const ours = generateMasterKey();
    const contexts = new SrtpContexts();
    // The far end keeps its context for our unchanged key, as baresip and FreeSWITCH do.
    const farEnd = { rtp: new SrtpTransform(suite, ours), rtcp: new SrtcpTransform(suite, ours) };
    const report = Buffer.from('81c90007deadbeef' + '00'.repeat(24), 'hex');
    const srtcpIndices: number[] = [];
    let sequence = 65_530;
    for (let rekey = 0; rekey < 3; rekey++) {
      const session = contexts.sessionFor({ suite, local: ours, remote: generateMasterKey() });
      for (let i = 0; i < 5; i++, sequence = (sequence + 1) & 0xffff) {
        const result = farEnd.rtp.unprotect(session.protectRtp(rtp(sequence)));
        expect(result.ok && result.packet.equals(rtp(sequence))).toBe(true);
      }
      const protectedReport = session.protectRtcp(report);
      srtcpIndices.push(protectedReport.readUInt32BE(protectedReport.length - 14) & 0x7fffffff);
      expect(farEnd.rtcp.unprotect(protectedReport).ok).toBe(true);
    }
    expect(srtcpIndices).toEqual([0, 1, 2]);
  });

  it('receive with a fresh context when the far end changes its key, and keep it while the key stays', () => {
    const ours = generateMasterKey();
    const first = generateMasterKey();
    const contexts = new SrtpContexts();
    const farEnd = new SrtpTransform(suite, first);
    const before = contexts.sessionFor({ suite, local: ours, remote: first });
    expect(before.unprotectRtp(farEnd.protect(rtp(100))).ok).toBe(true);
    const replayed = farEnd.protect(rtp(101));
    expect(before.unprotectRtp(replayed).ok).toBe(true);
    const sameKey = contexts.sessionFor({ suite, local: ours, remote: { key: first.key, salt: first.salt } });
    expect(sameKey.unprotectRtp(replayed)).toEqual({ ok: false, reason: 'replay' });
    const second = generateMasterKey();
    const rekeyed = contexts.sessionFor({ suite, local: ours, remote: second });
    expect(rekeyed.unprotectRtp(farEnd.protect(rtp(102)))).toEqual({ ok: false, reason: 'auth' });
    const result = rekeyed.unprotectRtp(new SrtpTransform(suite, second).protect(rtp(7)));
    expect(result.ok && result.packet.equals(rtp(7))).toBe(true);
  });
});
