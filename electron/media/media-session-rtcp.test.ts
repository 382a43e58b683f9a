import { describe, expect, it } from 'vitest';
import type { SrtpPolicy } from '../../shared/models/account';
import { encodeG711 } from './g711';
import type { MediaEndReason, MediaSession } from './media-session-types';
import { parseRtcp } from './rtcp-packet';
import { serializeRtp } from './rtp-packet';
import {
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
  closeAfterEach,
} from './test-support/media-test-kit';
import { parse } from 'sdp-transform';

const track = closeAfterEach();

const audio = framesOf(encodeG711('PCMU', tone(440, 2)));

function ends(session: MediaSession): MediaEndReason[] {
  const reasons: MediaEndReason[] = [];
  session.onEnd((reason) => reasons.push(reason));
  return reasons;
}

describe('RTCP', () => {
  it.each<SrtpPolicy>(['off', 'mandatory'])('gives both sides a round trip and no loss (SRTP %s)', async (policy) => {
    const a = await track(openSession(policy, { rtcpIntervalMs: 150 }));
    const b = await track(openSession(policy, { rtcpIntervalMs: 150 }));
    await connect(a, b);
    const talking = Promise.all([paceFrames(a.port, audio.slice(0, 60)), paceFrames(b.port, audio.slice(0, 60))]);
    await waitFor(
      () => a.stats().roundTripMs !== undefined && b.stats().roundTripMs !== undefined,
      2000,
      'round trips',
    );
    await talking;
    for (const stats of [a.stats(), b.stats()]) {
      expect(stats.roundTripMs).toBeGreaterThanOrEqual(0);
      expect(stats.roundTripMs).toBeLessThan(50);
      expect(stats.packetsLost).toBe(0);
      expect(stats.remoteFractionLost).toBe(0);
      expect(stats.fractionLost).toBe(0);
      expect(stats.remoteJitterMs).toBeLessThan(20);
      expect(stats.jitterMs).toBeLessThan(20);
      expect(stats).toMatchObject({ droppedMalformed: 0, srtpAuthFailures: 0, droppedWrongSource: 0 });
    }
  });

  it('sends SR with SDES to the a=rtcp port of the far end, with a block for its stream', async () => {
    const b = await track(openSession('off', { rtcpIntervalMs: 100 }));
    const peer: RawPeer = await track(rawPeer());
    const rtcpPeer: RawPeer = await track(rawPeer());
    const answer = await b.createAnswer(remoteSdp({ port: peer.port, extra: [`a=rtcp:${rtcpPeer.port}`] }), 'sendrecv');
    const bPort = parse(answer).media[0]!.port;
    for (let i = 0; i < 3; i++) {
      await peer.send(
        serializeRtp({ payloadType: 0, sequence: 10 + i, timestamp: i * 160, ssrc: 0xabc, payload: audio[i]! }),
        bPort,
      );
    }
    await paceFrames(b.port, audio.slice(0, 5));
    await waitFor(
      () => rtcpPeer.received.some(({ datagram }) => parseRtcp(datagram)?.reports[0]?.type === 'sender'),
      1000,
      'an SR',
    );
    const report = rtcpPeer.received
      .map(({ datagram }) => parseRtcp(datagram)!)
      .find((compound) => compound.reports[0]!.type === 'sender')!;
    expect(report.reports[0]!.sender!.packetCount).toBeGreaterThan(0);
    expect(report.reports[0]!.blocks[0]).toMatchObject({ ssrc: 0xabc, extendedHighestSequence: 12, cumulativeLost: 0 });
    expect(peer.received.length).toBeGreaterThan(0);
  });
});

describe('RTP timeout', () => {
  it('ends the call when the far end stops sending', async () => {
    const a = await track(openSession('off', { rtpTimeoutMs: 300 }));
    const b = await track(openSession('off', { rtpTimeoutMs: 300 }));
    await connect(a, b);
    const atB = ends(b);
    await paceFrames(a.port, audio.slice(0, 20));
    expect(atB).toEqual([]);
    const stopped = performance.now();
    await waitFor(() => atB.length > 0, 1000, 'the timeout');
    expect(performance.now() - stopped).toBeGreaterThan(250);
    expect(atB).toEqual(['rtp-timeout']);
  });

  it('does not fire while held, and counts again after the call resumes', async () => {
    const a = await track(openSession('off', { rtpTimeoutMs: 250 }));
    const b = await track(openSession('off', { rtpTimeoutMs: 250 }));
    await connect(a, b);
    const atA = ends(a);
    const atB = ends(b);
    a.applyAnswer(await b.createAnswer(await a.createOffer('sendonly'), 'sendrecv'));
    expect([a.direction, b.direction]).toEqual(['sendonly', 'recvonly']);
    await sleep(400);
    a.applyAnswer(await b.createAnswer(await a.createOffer('inactive'), 'sendrecv'));
    expect([a.direction, b.direction]).toEqual(['inactive', 'inactive']);
    await sleep(400);
    expect([atA, atB]).toEqual([[], []]);
    a.applyAnswer(await b.createAnswer(await a.createOffer('sendrecv'), 'sendrecv'));
    expect([a.direction, b.direction]).toEqual(['sendrecv', 'sendrecv']);
    await waitFor(() => atA.length > 0 && atB.length > 0, 1000, 'the timeout after resuming');
  });
});
