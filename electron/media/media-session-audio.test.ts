import { afterEach, describe, expect, it } from 'vitest';
import type { SrtpPolicy } from '../../shared/models/account';
import { decodeG711, encodeG711 } from './g711';
import type { MediaSession, ReceivedFrame } from './media-session-types';
import {
  connect,
  energyShareAt,
  framesOf,
  keepCrypto,
  openSession,
  paceFrames,
  tone,
  waitFor,
} from './test-support/media-test-kit';

const open: MediaSession[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((session) => session.close()))));

async function pair(policy: SrtpPolicy) {
  const a = await openSession(policy);
  const b = await openSession(policy);
  open.push(a, b);
  return { a, b };
}

function record(session: MediaSession): ReceivedFrame[] {
  const frames: ReceivedFrame[] = [];
  session.port.onFrame((frame) => frames.push(frame));
  return frames;
}

function heard(frames: ReceivedFrame[]): Int16Array {
  const ordered = [...frames].sort((x, y) => ((x.sequence - y.sequence + 98304) % 65536) - 32768);
  return new Int16Array(ordered.flatMap((frame) => [...decodeG711(frame.codec, frame.payload)]));
}

/** 440 Hz from a to b and 1 kHz from b to a, one second each way at the same time. */
async function exchangeTones(a: MediaSession, b: MediaSession) {
  const atB = record(b);
  const atA = record(a);
  const codec = a.port.codec!;
  await Promise.all([
    paceFrames(a.port, framesOf(encodeG711(codec, tone(440, 1)))),
    paceFrames(b.port, framesOf(encodeG711(b.port.codec!, tone(1000, 1)))),
  ]);
  await waitFor(() => atA.length >= 50 && atB.length >= 50, 1000, 'all frames').catch(() => undefined);
  expect(atB.length).toBeGreaterThanOrEqual(48);
  expect(atA.length).toBeGreaterThanOrEqual(48);
  expect(energyShareAt(heard(atB), 440)).toBeGreaterThan(0.95);
  expect(energyShareAt(heard(atA), 1000)).toBeGreaterThan(0.95);
  expect(energyShareAt(heard(atB), 1000)).toBeLessThan(0.05);
  return { atA, atB };
}

describe('two media sessions on loopback', () => {
  it('carry a tone each way over plain RTP, with the marker on the first frame only', async () => {
    const { a, b } = await pair('off');
    await connect(a, b);
    const { atB } = await exchangeTones(a, b);
    expect(atB.filter((frame) => frame.marker)).toHaveLength(1);
    expect(atB[0]!.codec).toBe('PCMU');
    expect(a.stats()).toMatchObject({
      packetsSent: 50,
      droppedMalformed: 0,
      srtpAuthFailures: 0,
      droppedWrongSource: 0,
    });
    expect(b.stats().packetsReceived).toBe(atB.length);
    expect(b.stats().bytesReceived).toBe(atB.length * 160);
  });

  it('carry PCMA when the far end prefers it', async () => {
    const { a, b } = await pair('off');
    await connect(a, b, (sdp) => sdp.replace('RTP/AVP 0 8 101', 'RTP/AVP 8 0 101'));
    expect([a.port.codec, b.port.codec]).toEqual(['PCMA', 'PCMA']);
    const { atB } = await exchangeTones(a, b);
    expect(atB[0]!.codec).toBe('PCMA');
  });

  it('carry a tone each way over SRTP AES_CM_128_HMAC_SHA1_80', async () => {
    const { a, b } = await pair('mandatory');
    const { answer } = await connect(a, b);
    expect(answer).toMatch(/RTP\/SAVP/);
    expect(answer).toMatch(/a=crypto:1 AES_CM_128_HMAC_SHA1_80/);
    await exchangeTones(a, b);
    expect(b.stats().srtpAuthFailures).toBe(0);
  });

  it('carry a tone each way over SRTP AES_CM_128_HMAC_SHA1_32', async () => {
    const { a, b } = await pair('mandatory');
    const { answer } = await connect(a, b, (sdp) => keepCrypto(sdp, (suite) => suite.endsWith('_32')));
    expect(answer).toMatch(/a=crypto:2 AES_CM_128_HMAC_SHA1_32/);
    await exchangeTones(a, b);
    expect(a.stats().srtpAuthFailures + b.stats().srtpAuthFailures).toBe(0);
  });

  it('use best-effort SDES when both sides have SRTP optional', async () => {
    const { a, b } = await pair('optional');
    const { offer, answer } = await connect(a, b);
    expect(offer).toMatch(/RTP\/AVP/);
    expect(answer).toMatch(/a=crypto:1/);
    await exchangeTones(a, b);
  });
});
