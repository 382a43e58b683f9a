import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRtcpCompound, ntpMiddle, ntpNow, parseRtcp, type ReportBlock } from './rtcp-packet';
import { ReceiveStatistics } from './rtp-receive-stats';

const block: ReportBlock = {
  ssrc: 0x01020304,
  fractionLost: 25,
  cumulativeLost: -3,
  extendedHighestSequence: 0x00011234,
  jitter: 80,
  lastSenderReport: 0xabcd1234,
  delaySinceLastSenderReport: 65536,
};

describe('RTCP packets', () => {
  it('round-trips an SR with a report block, SDES and BYE', () => {
    const sender = {
      ntpSeconds: 3900000000,
      ntpFraction: 0x80000000,
      rtpTimestamp: 1234,
      packetCount: 50,
      octetCount: 8000,
    };
    const bytes = buildRtcpCompound({ ssrc: 99, sender, blocks: [block], cname: 'me@dialtone', bye: true });
    expect(bytes.length % 4).toBe(0);
    expect(bytes[1]).toBe(200);
    expect(parseRtcp(bytes)).toEqual({ reports: [{ type: 'sender', ssrc: 99, sender, blocks: [block] }], byes: [99] });
  });

  it('round-trips an RR without blocks', () => {
    const bytes = buildRtcpCompound({ ssrc: 5, blocks: [], cname: 'x' });
    expect(bytes[1]).toBe(201);
    expect(parseRtcp(bytes)).toEqual({
      reports: [{ type: 'receiver', ssrc: 5, sender: undefined, blocks: [] }],
      byes: [],
    });
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void parseRtcp(bytes)),
      { numRuns: 5000 },
    );
    const truncated = buildRtcpCompound({ ssrc: 5, blocks: [block], cname: 'x' }).subarray(0, 20);
    expect(parseRtcp(truncated)).toBeUndefined();
  });

  it('takes the middle 32 bits of an NTP time', () => {
    expect(ntpMiddle({ seconds: 0x12345678, fraction: 0x9abcdef0 })).toBe(0x56789abc);
    const now = ntpNow(0);
    expect(now.seconds).toBe(2208988800);
  });
});

describe('receive statistics', () => {
  const packet = (sequence: number, timestamp = sequence * 160) => ({ ssrc: 1, sequence, timestamp });

  it('counts loss across a sequence wrap and reports the fraction since the last report', () => {
    const stats = new ReceiveStatistics();
    for (const sequence of [65530, 65531, 65533, 65534, 65535, 0, 1, 3]) stats.update(packet(sequence), sequence, true);
    expect(stats.packetsLost).toBe(2);
    const report = stats.reportBlock(0)!;
    expect(report.extendedHighestSequence).toBe(65536 + 3);
    expect(report.cumulativeLost).toBe(2);
    expect(report.fractionLost).toBe(Math.floor((2 * 256) / 10));
    stats.update(packet(4), 0, true);
    expect(stats.reportBlock(0)!.fractionLost).toBe(0);
  });

  it('has zero jitter for perfectly paced packets and some for irregular ones', () => {
    const steady = new ReceiveStatistics();
    for (let i = 0; i < 50; i++) steady.update(packet(i), i * 20, true);
    expect(steady.jitterMs).toBe(0);
    const shaky = new ReceiveStatistics();
    for (let i = 0; i < 50; i++) shaky.update(packet(i), i * 20 + (i % 2) * 10, true);
    // |D| is 10 ms every packet: J converges to it with gain 1/16.
    expect(shaky.jitterMs).toBeGreaterThan(9);
    expect(shaky.jitterMs).toBeLessThan(10);
  });

  it('gives LSR and DLSR for the last SR of the source', () => {
    const stats = new ReceiveStatistics();
    stats.update(packet(1), 0, true);
    stats.noteSenderReport(1, 0x11112222, 1000);
    const report = stats.reportBlock(1500)!;
    expect(report.lastSenderReport).toBe(0x11112222);
    expect(report.delaySinceLastSenderReport).toBe(32768);
  });
});
