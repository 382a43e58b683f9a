import type * as NodeCrypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { formatKeyParams, generateMasterKey, type MasterKey } from './srtp-keys';
import { SrtpTransform } from './srtp-transform';
import {
  closeAfterEach,
  openTappedSession,
  rawPeer,
  remoteSdp,
  waitFor,
  type RawPeer,
  type Wire,
} from './test-support/media-test-kit';
import { cryptoKeyOf, packetIndexReader, srtcpIndexOf } from './test-support/srtp-test-kit';

// Our sender's first sequence number is random (two random bytes): here 450 packets before the
// wrap, so the call wraps after the renegotiations below and the test stays fast.
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof NodeCrypto>();
  const nearTheWrap = 65_536 - 450;
  const randomBytes = (size: number) =>
    size === 2 ? Buffer.from([nearTheWrap >> 8, nearTheWrap & 0xff]) : crypto.randomBytes(size);
  return { ...crypto, randomBytes };
});

const track = closeAfterEach();
const suite = 'AES_CM_128_HMAC_SHA1_80';
const frame = new Uint8Array(160).fill(0xd5);

/** Which datagrams on the wire were sent while SRTP was on. */
class Phases {
  private readonly srtp: { rtp: [number, number][]; rtcp: [number, number][] } = { rtp: [], rtcp: [] };
  private open: { rtp: number; rtcp: number } | undefined;

  constructor(private readonly wire: Wire) {}

  /** Call right before the negotiation that starts (srtp true) or stops SRTP. */
  mark(srtp: boolean): void {
    if (srtp) this.open ??= { rtp: this.wire.rtp.length, rtcp: this.wire.rtcp.length };
    else this.close();
  }

  close(): void {
    if (!this.open) return;
    this.srtp.rtp.push([this.open.rtp, this.wire.rtp.length]);
    this.srtp.rtcp.push([this.open.rtcp, this.wire.rtcp.length]);
    this.open = undefined;
  }

  protectedRtp = () => this.srtp.rtp.flatMap(([from, to]) => this.wire.rtp.slice(from, to));
  protectedRtcp = () => this.srtp.rtcp.flatMap(([from, to]) => this.wire.rtcp.slice(from, to));
}

function repeats(keys: string[]): string[] {
  const seen = new Set<string>();
  return keys.filter((key) => seen.has(key) || !seen.add(key));
}

describe('SRTP across re-INVITEs', () => {
  it('never encrypts one (SSRC, index) twice under our key: re-keys, holds, SRTP off and on, the sequence wrap', async () => {
    const session = await track(openTappedSession('optional', { rtcpIntervalMs: 10 }));
    const peer: RawPeer = await track(rawPeer());
    const { wire } = session;
    const phases = new Phases(wire);
    const crypto = (key: MasterKey) => [`a=crypto:1 ${suite} ${formatKeyParams(key)}`];
    const farEnd = (direction: string, key: MasterKey | undefined) =>
      remoteSdp({ port: peer.port, direction, extra: key ? crypto(key) : [] });
    const answerFarEnd = (direction: string, key: MasterKey | undefined) => {
      phases.mark(key !== undefined);
      return session.createAnswer(farEnd(direction, key), 'sendrecv');
    };
    const send = (count: number) => {
      for (let i = 0; i < count; i++) session.port.send(frame);
    };
    const reports = async (count = 2) => {
      const target = wire.rtcp.length + count;
      await waitFor(() => wire.rtcp.length >= target, 5000, 'RTCP reports');
    };

    const ourKey = cryptoKeyOf(await answerFarEnd('sendrecv', generateMasterKey()));
    send(100);
    await reports();
    // The far end re-keys; we hold it (its answer brings another key); it holds us with yet another.
    expect(cryptoKeyOf(await answerFarEnd('sendrecv', generateMasterKey()))).toEqual(ourKey);
    send(100);
    await reports();
    await session.createOffer('sendonly');
    session.applyAnswer(farEnd('recvonly', generateMasterKey()));
    send(100);
    await reports();
    await answerFarEnd('sendonly', generateMasterKey());
    send(100);
    await reports();
    // The far end drops SRTP, then brings it back with the same call: our key must go on where it was.
    await answerFarEnd('sendrecv', undefined);
    send(100);
    await reports();
    expect(cryptoKeyOf(await answerFarEnd('sendrecv', generateMasterKey()))).toEqual(ourKey);
    const sequenceAt = (index: number) => wire.rtp[index]!.readUInt16BE(2);
    let wrapped = false;
    for (let sent = 0; sent <= 1000 && !wrapped; sent++) {
      send(1);
      wrapped = sequenceAt(wire.rtp.length - 1) < sequenceAt(wire.rtp.length - 2);
    }
    expect(wrapped).toBe(true);
    send(100);
    await reports();
    await answerFarEnd('sendrecv', generateMasterKey());
    send(100);
    await reports();
    phases.close();

    const rtp = phases.protectedRtp();
    const indices = rtp.map(packetIndexReader(ourKey, suite));
    expect(indices.filter((index) => index === undefined)).toHaveLength(0);
    expect.soft(repeats(rtp.map((datagram, i) => `${datagram.readUInt32BE(8)}:${indices[i]}`))).toEqual([]);
    const rtcp = phases.protectedRtcp();
    expect(rtcp.length).toBeGreaterThanOrEqual(12);
    expect.soft(repeats(rtcp.map((datagram) => `${datagram.readUInt32BE(4)}:${srtcpIndexOf(datagram)}`))).toEqual([]);
    // A far end that keeps its context for our unchanged key hears every packet, after the wrap too.
    const listener = new SrtpTransform(suite, ourKey);
    expect.soft(rtp.filter((datagram) => !listener.unprotect(datagram).ok)).toHaveLength(0);
  });
});
