import {
  ProtectionProfileAes128CmHmacSha1_80,
  RtpHeader,
  SrtcpSession,
  SrtpSession as WeriftSrtpSession,
} from 'werift';
import { describe, expect, it } from 'vitest';
import { parseRtp } from './rtp-packet';
import { generateMasterKey } from './srtp-keys';
import { SrtcpTransform } from './srtcp-transform';
import { SrtpTransform } from './srtp-transform';
import { lossyDeliveryAroundWrap, numberedRtp } from './test-support/srtp-test-kit';

/*
 * Dialtone's SRTP against an independent implementation (werift's), tens of thousands of packets
 * each way: past the sequence wrap with loss and reordering around it, and 32,768 packets past
 * both the first packet and the wrap, where a receiver that stops advancing its highest sequence
 * number or its roll-over counter guesses the wrong one. Pure packet processing, no pacing.
 */

const suite = 'AES_CM_128_HMAC_SHA1_80';
const profile = ProtectionProfileAes128CmHmacSha1_80;
// Wraps early, so that more than 32,768 packets follow the wrap as well as the first one.
const packets = 34_500;
const wrapAt = 1_000;
const firstSequence = 65_536 - wrapAt;
const ssrc = 0x5eed1e55;

function weriftPair() {
  const ours = generateMasterKey();
  const theirs = generateMasterKey();
  const keys = {
    localMasterKey: theirs.key,
    localMasterSalt: theirs.salt,
    remoteMasterKey: ours.key,
    remoteMasterSalt: ours.salt,
  };
  return { ours, theirs, rtp: new WeriftSrtpSession({ keys, profile }), rtcp: new SrtcpSession({ keys, profile }) };
}

const sequenceOf = (number: number) => (firstSequence + number) & 0xffff;
const plain = Array.from({ length: packets }, (_, number) => numberedRtp(sequenceOf(number), ssrc, number));
const delivery = lossyDeliveryAroundWrap(packets, wrapAt);

describe('SRTP between Dialtone and werift across the sequence wrap', () => {
  it('werift decrypts every packet Dialtone protects, lost and reordered ones around the wrap included', () => {
    const werift = weriftPair();
    const sender = new SrtpTransform(suite, werift.ours);
    const onTheWire = plain.map((packet) => sender.protect(packet));
    const wrong: number[] = [];
    for (const number of delivery) {
      try {
        if (!werift.rtp.decrypt(onTheWire[number]!).equals(plain[number]!)) wrong.push(number);
      } catch {
        wrong.push(number);
      }
    }
    expect(delivery.length).toBeGreaterThan(packets - 50);
    expect(wrong).toEqual([]);
  });

  it('Dialtone authenticates and decrypts every packet werift protects, and refuses replays', () => {
    const werift = weriftPair();
    const receiver = new SrtpTransform(suite, werift.theirs);
    const onTheWire = plain.map((packet) => {
      const { sequence, timestamp, payload } = parseRtp(packet)!;
      const header = new RtpHeader({ payloadType: 0, sequenceNumber: sequence, timestamp, ssrc });
      return werift.rtp.encrypt(Buffer.from(payload), header);
    });
    const wrong: number[] = [];
    for (const number of delivery) {
      const result = receiver.unprotect(onTheWire[number]!);
      if (!result.ok || !result.packet.equals(plain[number]!)) wrong.push(number);
    }
    expect(delivery.length).toBeGreaterThan(packets - 50);
    expect(wrong).toEqual([]);
    expect(receiver.unprotect(onTheWire[delivery.at(-1)!]!)).toEqual({ ok: false, reason: 'replay' });
    expect(receiver.unprotect(onTheWire[packets - 100]!)).toEqual({ ok: false, reason: 'replay' });
  });

  it('carries on after exactly half the sequence space was lost (RFC 3711 appendix A)', () => {
    const werift = weriftPair();
    const sender = new SrtpTransform(suite, werift.ours);
    const receiver = new SrtpTransform(suite, werift.theirs);
    for (const sequence of [1_000, 1_000 + 32_768]) {
      const plain = numberedRtp(sequence, ssrc, sequence);
      expect(werift.rtp.decrypt(sender.protect(plain)).equals(plain)).toBe(true);
      const header = new RtpHeader({ payloadType: 0, sequenceNumber: sequence, timestamp: sequence * 160, ssrc });
      const result = receiver.unprotect(werift.rtp.encrypt(Buffer.from(parseRtp(plain)!.payload), header));
      expect(result.ok && result.packet.equals(plain)).toBe(true);
    }
  });

  it('SRTCP goes both ways, hundreds of reports each', () => {
    const werift = weriftPair();
    const ours = { send: new SrtcpTransform(suite, werift.ours), receive: new SrtcpTransform(suite, werift.theirs) };
    const report = (number: number) => {
      const packet = Buffer.alloc(28);
      packet.writeUInt16BE(0x80c8, 0);
      packet.writeUInt16BE(6, 2);
      packet.writeUInt32BE(ssrc, 4);
      packet.writeUInt32BE(number, 8);
      return packet;
    };
    const wrong: number[] = [];
    for (let number = 0; number < 500; number++) {
      if (!werift.rtcp.decrypt(ours.send.protect(report(number))).equals(report(number))) wrong.push(number);
      const result = ours.receive.unprotect(werift.rtcp.encrypt(report(number)));
      if (!result.ok || !result.packet.equals(report(number))) wrong.push(-number);
    }
    expect(wrong).toEqual([]);
  });
});
