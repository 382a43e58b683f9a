import { describe, expect, it } from 'vitest';
import type { ReceivedFrame } from '../media-session-types';
import { keepLoopbackCandidates } from './loopback-sdp';
import { RendererStream } from './renderer-stream';

const frame = (timestamp: number, receivedAt: number, extra: Partial<ReceivedFrame> = {}): ReceivedFrame => ({
  codec: 'PCMU',
  payload: new Uint8Array(160),
  timestamp,
  sequence: 0,
  marker: false,
  receivedAt,
  ...extra,
});

describe('renderer stream', () => {
  it('advances by the time that passed when the far end restarts its timestamps', () => {
    const stream = new RendererStream();
    const first = stream.next(frame(1_000_000, 0))!;
    const second = stream.next(frame(1_000_160, 20))!;
    // A new source (re-INVITE to another media server): its timestamps start elsewhere.
    const restarted = stream.next(frame(7, 1020))!;
    expect((second.timestamp - first.timestamp) >>> 0).toBe(160);
    expect((restarted.timestamp - second.timestamp) >>> 0).toBe(8000);
    expect([first.marker, second.marker, restarted.marker]).toEqual([true, false, true]);
    expect([second.sequence, restarted.sequence]).toEqual([
      (first.sequence + 1) & 0xffff,
      (first.sequence + 2) & 0xffff,
    ]);
  });

  it("keeps the far end's marker (a talkspurt start)", () => {
    const stream = new RendererStream();
    stream.next(frame(0, 0));
    expect(stream.next(frame(160, 20, { marker: true }))!.marker).toBe(true);
  });

  it('puts a frame that arrives after a later one back in its place, for the jitter buffer to reorder', () => {
    const stream = new RendererStream();
    const first = stream.next(frame(1_000, 0, { sequence: 65_535 }))!;
    const third = stream.next(frame(1_320, 40, { sequence: 1 }))!;
    const second = stream.next(frame(1_160, 45, { sequence: 0 }));
    const after = (packet: { sequence: number; timestamp: number } | undefined) => [
      ((packet?.sequence ?? Number.NaN) - first.sequence) & 0xffff,
      ((packet?.timestamp ?? Number.NaN) - first.timestamp) >>> 0,
    ];
    expect([after(second), after(third)]).toEqual([
      [1, 160],
      [2, 320],
    ]);
    expect(second?.marker).toBe(false);
    expect(stream.dropped).toBe(0);
    // The next in-order frame follows the newest one.
    expect(after(stream.next(frame(1_480, 60, { sequence: 2 })))).toEqual([3, 480]);
  });

  it('leaves a gap where the far end lost a packet, and drops a repeated one', () => {
    const stream = new RendererStream();
    const first = stream.next(frame(0, 0, { sequence: 7 }))!;
    const afterLoss = stream.next(frame(320, 40, { sequence: 9 }))!;
    expect((afterLoss.sequence - first.sequence) & 0xffff).toBe(2);
    expect(stream.next(frame(320, 41, { sequence: 9 }))).toBeUndefined();
    expect(stream.dropped).toBe(1);
  });

  it('wraps the far end timestamps without seeing a gap', () => {
    const stream = new RendererStream();
    const a = stream.next(frame(0xffffff60, 0))!;
    const b = stream.next(frame(0, 20))!;
    expect((b.timestamp - a.timestamp) >>> 0).toBe(160);
    expect(b.marker).toBe(false);
  });
});

describe('loopback SDP', () => {
  it('keeps UDP candidates on 127.0.0.1 only', () => {
    const sdp = [
      'v=0',
      'a=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host generation 0',
      'a=candidate:2 1 udp 2122194687 10.0.0.5 50001 typ host generation 0',
      'a=candidate:3 1 tcp 1518280447 127.0.0.1 9 typ host tcptype active',
      'a=candidate:4 1 udp 2122129151 4d1b2c3a-1111.local 50002 typ host',
      'a=candidate:5 1 udp 1686052607 203.0.113.9 50003 typ srflx raddr 10.0.0.5 rport 50001',
      'a=end-of-candidates',
      '',
    ].join('\r\n');
    const kept = keepLoopbackCandidates(sdp);
    expect(kept.candidates).toBe(1);
    expect(kept.sdp).toBe(
      'v=0\r\na=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host generation 0\r\na=end-of-candidates\r\n',
    );
  });
});
