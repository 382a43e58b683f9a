import { parse } from 'sdp-transform';
import { describe, expect, it } from 'vitest';
import { encodeG711 } from './g711';
import { parseRtp, type RtpPacket } from './rtp-packet';
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

const track = closeAfterEach();

const audio = framesOf(encodeG711('PCMU', tone(440, 2)));

interface Arrival {
  packet: RtpPacket;
  at: number;
}

function eventOf(packet: RtpPacket) {
  return {
    event: packet.payload[0]!,
    end: (packet.payload[1]! & 0x80) !== 0,
    volume: packet.payload[1]! & 0x3f,
    duration: (packet.payload[2]! << 8) | packet.payload[3]!,
  };
}

describe('RFC 4733 DTMF', () => {
  it('sends each digit as telephone-event packets while the audio pauses', async () => {
    const b = await track(openSession('off'));
    const peer: RawPeer = await track(rawPeer());
    await b.createAnswer(remoteSdp({ port: peer.port, payloads: '0 101' }), 'sendrecv');
    expect(b.telephoneEventNegotiated).toBe(true);
    const talking = paceFrames(b.port, audio.slice(0, 85));
    await sleep(100);
    const started = performance.now();
    await b.sendDtmf('159*0#');
    const resolvedAt = performance.now();
    await talking;
    await sleep(30);

    const arrivals: Arrival[] = peer.received.map(({ datagram, at }) => ({ packet: parseRtp(datagram)!, at }));
    const events = arrivals.filter(({ packet }) => packet.payloadType === 101);
    const first = arrivals.indexOf(events[0]!);
    const last = arrivals.indexOf(events.at(-1)!);
    // Resolved once the last end packet was handed to the socket: it arrives right after.
    expect(events.at(-1)!.at).toBeLessThanOrEqual(resolvedAt + 5);
    expect(events.at(-1)!.at).toBeGreaterThan(resolvedAt - 15);
    expect(resolvedAt - started).toBeGreaterThan(6 * 120 + 5 * 60);
    expect(resolvedAt - started).toBeLessThan(1300);

    const byTimestamp = new Map<number, Arrival[]>();
    for (const arrival of events)
      byTimestamp.set(arrival.packet.timestamp, [...(byTimestamp.get(arrival.packet.timestamp) ?? []), arrival]);
    expect([...byTimestamp.values()].map((group) => eventOf(group[0]!.packet).event)).toEqual([1, 5, 9, 10, 0, 11]);
    for (const group of byTimestamp.values()) {
      const payloads = group.map(({ packet }) => eventOf(packet));
      expect(group.map(({ packet }) => packet.marker)).toEqual([true, false, false, false, false, false, false]);
      expect(payloads.map((payload) => payload.duration)).toEqual([160, 320, 480, 640, 800, 800, 800]);
      expect(payloads.map((payload) => payload.end)).toEqual([false, false, false, false, true, true, true]);
      expect(payloads.every((payload) => payload.volume === 10)).toBe(true);
    }
    // Paced by a fixed schedule, 20 ms a packet and 185 ms a digit: never ahead of it, and a
    // stall on a loaded machine is caught up, so only the typical gap is 20 ms.
    [...byTimestamp.values()].forEach((group, digit) =>
      group.forEach(({ at }, i) => expect(at).toBeGreaterThanOrEqual(started + digit * 185 + i * 20 - 2)),
    );
    const gaps = [...byTimestamp.values()].flatMap((group) =>
      group.slice(1).map((arrival, i) => arrival.at - group[i]!.at),
    );
    const median = gaps.sort((a, b) => a - b)[gaps.length >> 1]!;
    expect(median).toBeGreaterThan(15);
    expect(median).toBeLessThan(25);
    const timestamps = [...byTimestamp.keys()];
    for (let i = 1; i < timestamps.length; i++) expect(timestamps[i]! - timestamps[i - 1]!).toBeGreaterThanOrEqual(800);

    // Audio stops for the whole sequence, then resumes with the marker and a later timestamp.
    expect(arrivals.slice(first, last + 1).every(({ packet }) => packet.payloadType === 101)).toBe(true);
    const before = arrivals[first - 1]!.packet;
    const after = arrivals[last + 1]!.packet;
    expect(before.payloadType).toBe(0);
    expect(after.payloadType).toBe(0);
    expect(after.marker).toBe(true);
    expect(after.timestamp - timestamps.at(-1)!).toBeGreaterThanOrEqual(800);
    expect(arrivals.filter(({ packet }) => packet.marker && packet.payloadType === 0)).toHaveLength(2);

    // One stream: same SSRC, sequence numbers without holes.
    expect(new Set(arrivals.map(({ packet }) => packet.ssrc)).size).toBe(1);
    arrivals
      .slice(1)
      .forEach(({ packet }, i) => expect(packet.sequence).toBe((arrivals[i]!.packet.sequence + 1) & 0xffff));
  });

  it('uses the telephone-event payload type of the answer and queues calls', async () => {
    const a = await track(openSession('off'));
    const peer: RawPeer = await track(rawPeer());
    await a.createOffer('sendrecv');
    a.applyAnswer(
      remoteSdp({ port: peer.port, payloads: '0 96' }).replace(
        'a=rtpmap:101 telephone-event/8000',
        'a=rtpmap:96 telephone-event/8000',
      ),
    );
    await Promise.all([a.sendDtmf('1', 40), a.sendDtmf('2', 40)]);
    await waitFor(() => peer.received.length === 8, 500, 'eight event packets');
    const events = peer.received.map(({ datagram }) => parseRtp(datagram)!);
    expect(new Set(events.map((packet) => packet.payloadType))).toEqual(new Set([96]));
    expect(new Set(events.map((packet) => packet.payload[0]))).toEqual(new Set([1, 2]));
    expect(events).toHaveLength(2 * 4);
  });

  it('rejects invalid digits, and while on hold', async () => {
    const b = await track(openSession('off'));
    await b.createAnswer(remoteSdp({ port: 4000 }), 'sendrecv');
    await expect(b.sendDtmf('12x')).rejects.toBeInstanceOf(RangeError);
    expect(b.stats().packetsSent).toBe(0);
    await b.createAnswer(remoteSdp({ port: 4000, direction: 'sendonly' }), 'sendrecv');
    await expect(b.sendDtmf('1')).rejects.toThrow(/hold/);
  });

  it('stops and rejects when the session closes mid-sequence', async () => {
    const b = await openSession('off');
    const peer: RawPeer = await track(rawPeer());
    await b.createAnswer(remoteSdp({ port: peer.port }), 'sendrecv');
    const sending = b.sendDtmf('123');
    await sleep(50);
    await b.close();
    await expect(sending).rejects.toThrow(/closed/);
    await expect(b.sendDtmf('4')).rejects.toThrow(/closed/);
    const received = peer.received.length;
    await sleep(60);
    expect(peer.received.length).toBe(received);
  });

  it('is counted but not delivered as audio by a receiving session', async () => {
    const a = await track(openSession('mandatory'));
    const b = await track(openSession('mandatory'));
    const { answer } = await connect(a, b);
    expect(parse(answer).media[0]!.payloads).toBe('0 101');
    let frames = 0;
    b.port.onFrame(() => frames++);
    await a.sendDtmf('#', 40);
    await waitFor(() => b.stats().packetsReceived === 4, 1000, 'four event packets');
    expect(frames).toBe(0);
  });
});

describe('RFC 4733 DTMF received', () => {
  it('reports each key the far end presses once, over SRTP', async () => {
    const a = await track(openSession('mandatory'));
    const b = await track(openSession('mandatory'));
    await connect(a, b);
    const keys: string[] = [];
    b.onDtmf((key) => keys.push(key));
    await a.sendDtmf('12#');
    await waitFor(() => keys.length >= 3);
    await sleep(50);
    expect(keys).toEqual(['1', '2', '#']);
  });
});
