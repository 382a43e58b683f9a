import { describe, expect, it } from 'vitest';
import { ReplayWindow } from './replay-window';
import { serializeRtp } from './rtp-packet';
import {
  counterIv,
  deriveRtcpKeys,
  deriveRtpKeys,
  formatKeyParams,
  generateMasterKey,
  parseKeyParams,
  type MasterKey,
  type SrtpSuite,
} from './srtp-keys';
import { SrtcpTransform } from './srtcp-transform';
import { aesCounterMode, SrtpTransform } from './srtp-transform';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

// RFC 3711 appendix B.3
const rfcMaster: MasterKey = {
  key: hex('E1F97A0D3E018BE0D64FA32C06DE4139'),
  salt: hex('0EC675AD498AFEEBB6960B3AABE6'),
};

const rtp = (sequence: number, payload = Buffer.alloc(160, 0x55), ssrc = 0x11223344) =>
  serializeRtp({ payloadType: 0, sequence, timestamp: sequence * 160, ssrc, payload });

describe('SRTP key derivation (RFC 3711 B.3)', () => {
  it('derives the cipher key, salt and authentication key of the appendix', () => {
    const keys = deriveRtpKeys(rfcMaster);
    expect(keys.encryptionKey.toString('hex')).toBe('c61e7a93744f39ee10734afe3ff7a087');
    expect(keys.salt.toString('hex')).toBe('30cbbc08863d8c85d49db34a9ae1');
    expect(keys.authenticationKey.toString('hex')).toBe('cebe321f6ff7716b6fd4ab49af256a156d38baa4');
  });

  it('derives different RTCP keys', () => {
    const rtcp = deriveRtcpKeys(rfcMaster);
    expect(rtcp.encryptionKey.equals(deriveRtpKeys(rfcMaster).encryptionKey)).toBe(false);
    expect(rtcp.salt).toHaveLength(14);
  });
});

describe('AES-CM keystream (RFC 3711 B.2)', () => {
  it('produces the keystream of the appendix for SSRC 0, index 0', () => {
    const iv = counterIv(hex('F0F1F2F3F4F5F6F7F8F9FAFBFCFD'), 0, 0);
    expect(iv.toString('hex')).toBe('f0f1f2f3f4f5f6f7f8f9fafbfcfd0000');
    const stream = aesCounterMode(hex('2B7E151628AED2A6ABF7158809CF4F3C'), iv, Buffer.alloc(32));
    expect(stream.toString('hex')).toBe('e03ead0935c95e80e166b16dd92b4eb4d23513162b02d0f72a43a2fe4a5f97ab');
  });

  it('places SSRC and the 48-bit index in the IV', () => {
    const iv = counterIv(Buffer.alloc(14), 0x12345678, 0x9abcdef00203);
    expect(iv.toString('hex')).toBe('00000000123456789abcdef002030000');
  });
});

describe('SDES key parameters', () => {
  it('round-trips a generated key', () => {
    const master = generateMasterKey();
    const parsed = parseKeyParams(formatKeyParams(master));
    expect(parsed.ok && parsed.master.key.equals(master.key) && parsed.master.salt.equals(master.salt)).toBe(true);
  });

  it('accepts a long lifetime and refuses MKI, short lifetimes and wrong lengths without throwing', () => {
    const inline = formatKeyParams(rfcMaster);
    expect(parseKeyParams(`${inline}|2^31`).ok).toBe(true);
    expect(parseKeyParams(`${inline}|2^10`)).toEqual({ ok: false, reason: 'key lifetime 2^10' });
    expect(parseKeyParams(`${inline}|2^31|1:4`)).toEqual({ ok: false, reason: 'MKI is not supported' });
    expect(parseKeyParams(`${inline}|1:4`).ok).toBe(false);
    expect(parseKeyParams('inline:AAAA').ok).toBe(false);
    expect(parseKeyParams('inline:!!!').ok).toBe(false);
    expect(parseKeyParams('uri:http://example.com').ok).toBe(false);
    expect(parseKeyParams(`${inline};${inline}`).ok).toBe(false);
  });

  it('accept the lifetimes phones write, 2^20 packets and up, in either form, and spaces around', () => {
    const inline = formatKeyParams(rfcMaster);
    for (const keyParams of [`${inline}|2^20`, `${inline}|1048576`, `  ${inline}|2^48 `]) {
      const parsed = parseKeyParams(keyParams);
      expect(parsed.ok && parsed.master.key.equals(rfcMaster.key) && parsed.master.salt.equals(rfcMaster.salt)).toBe(
        true,
      );
    }
    expect(parseKeyParams(`${inline}|1048575`)).toEqual({ ok: false, reason: 'key lifetime 1048575' });
  });

  it('refuse, saying why, what is not exactly one inline key', () => {
    const inline = formatKeyParams(rfcMaster);
    const notInline = { ok: false, reason: 'not an inline key' };
    expect(parseKeyParams(`x${inline}`)).toEqual(notInline);
    expect(parseKeyParams(`${inline}|2^31|2^31|2^31`)).toEqual(notInline);
    expect(parseKeyParams(`${inline}|2^31;${inline}`)).toEqual({
      ok: false,
      reason: 'several keys in one crypto attribute',
    });
    expect(parseKeyParams('inline:AAAA')).toEqual({ ok: false, reason: 'key and salt are 3 bytes, expected 30' });
  });
});

describe.each<[SrtpSuite, number]>([
  ['AES_CM_128_HMAC_SHA1_80', 10],
  ['AES_CM_128_HMAC_SHA1_32', 4],
])('SRTP %s', (suite, tagLength) => {
  it('protects and unprotects RTP, encrypting the payload only', () => {
    const master = generateMasterKey();
    const sender = new SrtpTransform(suite, master);
    const receiver = new SrtpTransform(suite, master);
    const plain = rtp(1000);
    const protectedPacket = sender.protect(plain);
    expect(protectedPacket).toHaveLength(plain.length + tagLength);
    expect(protectedPacket.subarray(0, 12).equals(plain.subarray(0, 12))).toBe(true);
    expect(protectedPacket.subarray(12, 172).equals(plain.subarray(12))).toBe(false);
    const result = receiver.unprotect(protectedPacket);
    expect(result.ok && result.packet.equals(plain)).toBe(true);
  });

  it('counts a tampered packet or a wrong key as an authentication failure', () => {
    const master = generateMasterKey();
    const sender = new SrtpTransform(suite, master);
    const tampered = sender.protect(rtp(7));
    tampered[20] = tampered[20]! ^ 1;
    expect(new SrtpTransform(suite, master).unprotect(tampered)).toEqual({ ok: false, reason: 'auth' });
    const other = new SrtpTransform(suite, generateMasterKey());
    expect(other.unprotect(sender.protect(rtp(8)))).toEqual({ ok: false, reason: 'auth' });
    expect(other.unprotect(Buffer.alloc(3))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('rejects a replayed packet and accepts reordering inside the window', () => {
    const master = generateMasterKey();
    const sender = new SrtpTransform(suite, master);
    const receiver = new SrtpTransform(suite, master);
    const packets = [10, 11, 12, 13].map((sequence) => sender.protect(rtp(sequence)));
    expect(receiver.unprotect(packets[0]!).ok).toBe(true);
    expect(receiver.unprotect(packets[2]!).ok).toBe(true);
    expect(receiver.unprotect(packets[1]!).ok).toBe(true);
    expect(receiver.unprotect(packets[2]!)).toEqual({ ok: false, reason: 'replay' });
    expect(receiver.unprotect(packets[3]!).ok).toBe(true);
  });

  it('follows the roll-over counter across a sequence wrap', () => {
    const master = generateMasterKey();
    const sender = new SrtpTransform(suite, master);
    const receiver = new SrtpTransform(suite, master);
    for (const sequence of [65533, 65534, 65535, 0, 1, 2]) {
      const plain = rtp(sequence);
      const result = receiver.unprotect(sender.protect(plain));
      expect(result.ok && result.packet.equals(plain)).toBe(true);
    }
  });

  it('refuses to protect anything but an RTP packet', () => {
    expect(() => new SrtpTransform(suite, generateMasterKey()).protect(Buffer.from('not RTP'))).toThrow(
      /valid RTP packet/,
    );
  });

  it('keeps replay protection for 8 streams of the far end, and forgets the oldest for a 9th', () => {
    const master = generateMasterKey();
    const sender = new SrtpTransform(suite, master);
    const receiver = new SrtpTransform(suite, master);
    const firsts = Array.from({ length: 9 }, (_, stream) => sender.protect(rtp(100, undefined, 0x1000 + stream)));
    for (const packet of firsts.slice(0, 8)) expect(receiver.unprotect(packet).ok).toBe(true);
    expect(receiver.unprotect(sender.protect(rtp(101, undefined, 0x1001))).ok).toBe(true);
    for (const packet of firsts.slice(0, 8))
      expect(receiver.unprotect(packet)).toEqual({ ok: false, reason: 'replay' });
    expect(receiver.unprotect(firsts[8]!).ok).toBe(true);
    expect(receiver.unprotect(firsts[0]!).ok).toBe(true);
  });

  it('protects and unprotects RTCP with an 80-bit tag and rejects replays and tampering', () => {
    const master = generateMasterKey();
    const sender = new SrtcpTransform(suite, master);
    const receiver = new SrtcpTransform(suite, master);
    const report = Buffer.from('81c90007deadbeef' + '00'.repeat(24), 'hex');
    const protectedReport = sender.protect(report);
    expect(protectedReport).toHaveLength(report.length + 4 + 10);
    const result = receiver.unprotect(protectedReport);
    expect(result.ok && result.packet.equals(report)).toBe(true);
    expect(receiver.unprotect(protectedReport)).toEqual({ ok: false, reason: 'replay' });
    const tampered = sender.protect(report);
    tampered[9] = tampered[9]! ^ 0x80;
    expect(receiver.unprotect(tampered)).toEqual({ ok: false, reason: 'auth' });
  });
});

describe('replay window', () => {
  it('accepts new indices, refuses repeats and anything older than 64 behind', () => {
    const window = new ReplayWindow();
    expect(window.check(100)).toBe(true);
    window.accept(100);
    expect(window.check(100)).toBe(false);
    expect(window.check(37)).toBe(true);
    expect(window.check(36)).toBe(false);
    window.accept(300);
    expect(window.check(100)).toBe(false);
    expect(window.check(299)).toBe(true);
    expect(window.check(-1)).toBe(false);
  });
});
