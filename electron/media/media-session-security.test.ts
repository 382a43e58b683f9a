import { parse, write } from 'sdp-transform';
import { describe, expect, it } from 'vitest';
import { encodeG711 } from './g711';
import type { MediaSession, ReceivedFrame } from './media-session-types';
import { serializeRtp } from './rtp-packet';
import { formatKeyParams, generateMasterKey } from './srtp-keys';
import {
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

const track = closeAfterEach();

const portOf = (sdp: string) => parse(sdp).media[0]!.port;
const audio = framesOf(encodeG711('PCMU', tone(440, 0.4)));
const rtpFrom = (ssrc: number, sequence: number) =>
  serializeRtp({ payloadType: 0, sequence, timestamp: sequence * 160, ssrc, payload: audio[0]! });

function record(session: MediaSession): ReceivedFrame[] {
  const frames: ReceivedFrame[] = [];
  session.port.onFrame((frame) => frames.push(frame));
  return frames;
}

describe('malformed packets', () => {
  it('are counted, and neither delivered nor followed', async () => {
    const b = await track(openSession('off'));
    const peer: RawPeer = await track(rawPeer());
    const answer = await b.createAnswer(remoteSdp({ port: peer.port }), 'sendrecv');
    const junk = [
      Buffer.from('hello'),
      Buffer.alloc(40, 0xff),
      Buffer.from([0x8f, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]),
      Buffer.from('80c9ffff00000001', 'hex'),
    ];
    for (const datagram of junk) await peer.send(datagram, portOf(answer));
    await waitFor(() => b.stats().droppedMalformed === 4, 1000, 'four malformed');
    expect(b.stats().packetsReceived).toBe(0);
    expect(b.stats().droppedWrongSource).toBe(0);
  });
});

describe('SRTP', () => {
  it('with the wrong key counts authentication failures and delivers nothing', async () => {
    const a = await track(openSession('mandatory'));
    const b = await track(openSession('mandatory'));
    const offer = await a.createOffer('sendrecv');
    const answer = parse(await b.createAnswer(offer, 'sendrecv'));
    answer.media[0]!.crypto![0]!.config = formatKeyParams(generateMasterKey());
    a.applyAnswer(write(answer));
    const atA = record(a);
    const atB = record(b);
    await Promise.all([paceFrames(a.port, audio.slice(0, 10), 10), paceFrames(b.port, audio.slice(0, 10), 10)]);
    await waitFor(() => a.stats().srtpAuthFailures === 10 && atB.length === 10, 1000, 'ten failures');
    await sleep(50);
    expect(atA).toHaveLength(0);
    expect(a.stats()).toMatchObject({ packetsReceived: 0, droppedWrongSource: 0 });
    expect(b.stats().srtpAuthFailures).toBe(0);
  });

  it('does not deliver plain RTP when SRTP was negotiated', async () => {
    const b = await track(openSession('mandatory'));
    const peer: RawPeer = await track(rawPeer());
    const crypto = `a=crypto:1 AES_CM_128_HMAC_SHA1_80 ${formatKeyParams(generateMasterKey())}`;
    const answer = await b.createAnswer(
      remoteSdp({ port: peer.port, protocol: 'RTP/SAVP', extra: [crypto] }),
      'sendrecv',
    );
    const atB = record(b);
    for (let i = 0; i < 3; i++) await peer.send(rtpFrom(5, i), portOf(answer));
    await waitFor(() => b.stats().srtpAuthFailures === 3, 1000, 'three failures');
    expect(atB).toHaveLength(0);
  });
});
