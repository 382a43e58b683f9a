import { parse } from 'sdp-transform';
import { describe, expect, it } from 'vitest';
import { encodeG711 } from './g711';
import type { MediaSession, ReceivedFrame } from './media-session-types';
import { buildRtcpCompound } from './rtcp-packet';
import { serializeRtp } from './rtp-packet';
import { formatKeyParams, generateMasterKey } from './srtp-keys';
import { SrtpTransform } from './srtp-transform';
import {
  closeAfterEach,
  connect,
  framesOf,
  openSession,
  paceFrames,
  rawPeer,
  remoteSdp,
  sleep,
  tone,
  waitFor,
  type RawPeer,
} from './test-support/media-test-kit';

/*
 * Where a call's media is taken from and sent to (symmetric RTP), against strangers on real UDP
 * sockets who know our port: media comes from the address in the far end's SDP, and moves only
 * for packets that prove to be the far end's.
 */

const track = closeAfterEach();
const suite = 'AES_CM_128_HMAC_SHA1_80';
const portOf = (sdp: string) => parse(sdp).media[0]!.port;
const audio = framesOf(encodeG711('PCMU', tone(440, 0.4)));
const rtpFrom = (ssrc: number, sequence: number) =>
  serializeRtp({ payloadType: 0, sequence, timestamp: sequence * 160, ssrc, payload: audio[0]! });

function record(session: MediaSession): ReceivedFrame[] {
  const frames: ReceivedFrame[] = [];
  session.port.onFrame((frame) => frames.push(frame));
  return frames;
}

/** Our session answering a far end at `farEnd` (plain RTP, or SDES-SRTP with a key of its own). */
async function answering(farEnd: RawPeer, srtp: boolean, extra: string[] = []) {
  const key = generateMasterKey();
  const session = await track(openSession(srtp ? 'mandatory' : 'off'));
  const crypto = srtp ? [`a=crypto:1 ${suite} ${formatKeyParams(key)}`] : [];
  const sdp = remoteSdp({ port: farEnd.port, protocol: srtp ? 'RTP/SAVP' : 'RTP/AVP', extra: [...crypto, ...extra] });
  const answer = await session.createAnswer(sdp, 'sendrecv');
  return { session, port: portOf(answer), farEndSrtp: new SrtpTransform(suite, key), frames: record(session) };
}

/** Sends one frame of ours and says which peers it reached. */
async function ourNextPacketReaches(session: MediaSession, peers: RawPeer[]): Promise<RawPeer[]> {
  const before = peers.map((peer) => peer.received.length);
  session.port.send(audio[1]!);
  await waitFor(() => peers.some((peer, i) => peer.received.length > before[i]!), 1000, 'our packet');
  await sleep(20);
  return peers.filter((peer, i) => peer.received.length > before[i]!);
}

describe('plain RTP', () => {
  it('keeps to the far end when a stranger sends from another socket', async () => {
    const a = await track(openSession('off'));
    const b = await track(openSession('off'));
    const { answer } = await connect(a, b);
    const atB = record(b);
    await paceFrames(a.port, audio.slice(0, 5));
    await waitFor(() => atB.length === 5, 1000, 'five frames');
    const stranger: RawPeer = await track(rawPeer());
    for (let i = 0; i < 5; i++) await stranger.send(rtpFrom(0x1234, 100 + i), portOf(answer));
    await paceFrames(a.port, audio.slice(5, 10));
    await waitFor(() => atB.length === 10 && b.stats().droppedWrongSource === 5, 1000, 'the stranger counted');
    expect(atB.every((frame) => frame.sequence < 100 || frame.sequence > 104)).toBe(true);
    expect(b.stats().packetsReceived).toBe(10);
  });

  it('takes nothing from a stranger who sends before the far end, and sends our audio to the SDP address', async () => {
    const farEnd: RawPeer = await track(rawPeer());
    const stranger: RawPeer = await track(rawPeer());
    const { session, port, frames } = await answering(farEnd, false);
    for (let i = 0; i < 3; i++) await stranger.send(rtpFrom(0x5757, 500 + i), port);
    await waitFor(() => session.stats().droppedWrongSource === 3, 1000, 'the stranger counted');
    for (let i = 0; i < 3; i++) await farEnd.send(rtpFrom(0xfa4e, 10 + i), port);
    await waitFor(() => frames.length === 3, 1000, "the far end's frames");
    expect(frames.map((frame) => frame.sequence)).toEqual([10, 11, 12]);
    expect(await ourNextPacketReaches(session, [farEnd, stranger])).toEqual([farEnd]);
  });

  it('does not hand the call to a stranger after the far end falls silent', async () => {
    const farEnd: RawPeer = await track(rawPeer());
    const stranger: RawPeer = await track(rawPeer());
    const { session, port, frames } = await answering(farEnd, false);
    await farEnd.send(rtpFrom(0xfa4e, 10), port);
    await waitFor(() => frames.length === 1, 1000, "the far end's frame");
    await sleep(2100);
    for (let i = 0; i < 3; i++) await stranger.send(rtpFrom(0x5757, 11 + i), port);
    await waitFor(() => session.stats().droppedWrongSource === 3, 1000, 'the stranger counted');
    expect(frames).toHaveLength(1);
    expect(await ourNextPacketReaches(session, [farEnd, stranger])).toEqual([farEnd]);
  });

  it("follows the far end to a new address when it keeps its SSRC (a NAT's new mapping), at once", async () => {
    const farEnd: RawPeer = await track(rawPeer());
    const remapped: RawPeer = await track(rawPeer());
    const { session, port, frames } = await answering(farEnd, false);
    await farEnd.send(rtpFrom(0xfa4e, 10), port);
    await waitFor(() => frames.length === 1, 1000, "the far end's frame");
    await remapped.send(rtpFrom(0xfa4e, 11), port);
    await waitFor(() => frames.length === 2, 1000, 'the frame from the new address');
    expect(await ourNextPacketReaches(session, [farEnd, remapped])).toEqual([remapped]);
  });

  it("keeps sending RTCP to the far end's a=rtcp address when a stranger sends RTCP first", async () => {
    const farEnd: RawPeer = await track(rawPeer());
    const farEndRtcp: RawPeer = await track(rawPeer());
    const stranger: RawPeer = await track(rawPeer());
    const { session, port } = await answering(farEnd, false, [`a=rtcp:${farEndRtcp.port}`]);
    const report = buildRtcpCompound({ ssrc: 0x5757, sender: undefined, blocks: [], cname: 'x@y', bye: false });
    await stranger.send(report, port + 1);
    await waitFor(() => session.stats().droppedWrongSource === 1, 1000, 'the stranger counted');
    await session.close();
    await waitFor(() => farEndRtcp.received.length > 0, 1000, 'our RTCP BYE');
    expect(stranger.received).toHaveLength(0);
  });
});

describe('SRTP', () => {
  it('follows the far end to a new address at once when its packets authenticate', async () => {
    const farEnd: RawPeer = await track(rawPeer());
    const remapped: RawPeer = await track(rawPeer());
    const { session, port, farEndSrtp, frames } = await answering(farEnd, true);
    await farEnd.send(farEndSrtp.protect(rtpFrom(0xfa4e, 10)), port);
    await waitFor(() => frames.length === 1, 1000, "the far end's frame");
    await remapped.send(farEndSrtp.protect(rtpFrom(0xfa4e, 11)), port);
    await waitFor(() => frames.length === 2, 1000, 'the frame from the new address');
    expect(await ourNextPacketReaches(session, [farEnd, remapped])).toEqual([remapped]);
  });

  it("moves for no stranger: wrong key, replayed packet or the far end's SSRC, first or after silence", async () => {
    const farEnd: RawPeer = await track(rawPeer());
    const stranger: RawPeer = await track(rawPeer());
    const { session, port, farEndSrtp, frames } = await answering(farEnd, true);
    const strangerSrtp = new SrtpTransform(suite, generateMasterKey());
    await stranger.send(strangerSrtp.protect(rtpFrom(0xfa4e, 9)), port);
    const genuine = farEndSrtp.protect(rtpFrom(0xfa4e, 10));
    await farEnd.send(genuine, port);
    await waitFor(() => frames.length === 1, 1000, "the far end's frame");
    await sleep(2100);
    await stranger.send(genuine, port);
    await stranger.send(strangerSrtp.protect(rtpFrom(0xfa4e, 11)), port);
    await waitFor(() => session.stats().droppedWrongSource === 3, 1000, 'three refused');
    expect(frames).toHaveLength(1);
    expect(session.stats().srtpAuthFailures).toBe(0);
    expect(await ourNextPacketReaches(session, [farEnd, stranger])).toEqual([farEnd]);
  });
});
