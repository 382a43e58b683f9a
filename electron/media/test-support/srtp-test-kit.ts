import { createHmac } from 'node:crypto';
import { parse } from 'sdp-transform';
import { rtpHeaderLength, serializeRtp } from '../rtp-packet';
import { deriveRtpKeys, parseKeyParams, srtpTagLength, type MasterKey, type SrtpSuite } from '../srtp-keys';

/** Helpers for the SRTP tests: numbered packets, a lossy network near the wrap, a wire observer. */

/** A packet whose payload says which it is, so a wrong decryption cannot pass for a right one. */
export function numberedRtp(sequence: number, ssrc: number, number: number): Buffer {
  const payload = Buffer.alloc(160);
  for (let at = 0; at < payload.length; at += 4) payload.writeUInt32BE((number * 41 + at) >>> 0, at);
  return serializeRtp({ payloadType: 0, sequence: sequence & 0xffff, timestamp: (number * 160) >>> 0, ssrc, payload });
}

/**
 * The order a network delivers packets 0..count-1 in, where packet `wrapAt` is the first after the
 * sequence wrap: a few lost on both sides of it, a burst of 40 lost just after, the last two
 * before it swapped, and one from before it arriving after three from after it.
 */
export function lossyDeliveryAroundWrap(count: number, wrapAt: number): number[] {
  const lost = new Set([wrapAt - 9, wrapAt - 6, wrapAt + 1, wrapAt + 4]);
  for (let i = wrapAt + 10; i < wrapAt + 50; i++) lost.add(i);
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    if (lost.has(i) || i === wrapAt - 3 || i === wrapAt - 1) continue;
    order.push(i);
    if (i === wrapAt) order.push(wrapAt - 1);
    if (i === wrapAt + 3) order.push(wrapAt - 3);
  }
  return order;
}

export function cryptoKeyOf(sdp: string): MasterKey {
  const line = parse(sdp).media[0]?.crypto?.[0];
  const parsed = line && parseKeyParams(line.config);
  if (!parsed?.ok) throw new Error('The SDP has no usable a=crypto line');
  return parsed.master;
}

/**
 * Reads the SRTP packet index (ROC * 65536 + SEQ) a sender used for each packet under `master`: the
 * only roll-over counter under which the packet's authentication tag is right; undefined when none
 * up to `maxRoc` is (not SRTP under this key).
 */
export function packetIndexReader(master: MasterKey, suite: SrtpSuite, maxRoc = 4) {
  const authenticationKey = deriveRtpKeys(master).authenticationKey;
  const tagLength = srtpTagLength(suite);
  return (datagram: Buffer): number | undefined => {
    const body = datagram.subarray(0, datagram.length - tagLength);
    if (rtpHeaderLength(body) === undefined) return undefined;
    const tag = datagram.subarray(body.length);
    const rocBytes = Buffer.alloc(4);
    for (let roc = 0; roc <= maxRoc; roc++) {
      rocBytes.writeUInt32BE(roc);
      const expected = createHmac('sha1', authenticationKey).update(body).update(rocBytes).digest();
      if (expected.subarray(0, tagLength).equals(tag)) return roc * 65536 + datagram.readUInt16BE(2);
    }
    return undefined;
  };
}

/** The SRTCP index carried in a packet (RFC 3711 section 3.4: E flag and 31 bits before the 80-bit tag). */
export function srtcpIndexOf(datagram: Buffer): number {
  return datagram.readUInt32BE(datagram.length - 14) & 0x7fffffff;
}
