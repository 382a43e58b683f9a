/** RFC 3550 section 6.4 and 6.5: sender and receiver reports, SDES CNAME and BYE in compound packets. */

export interface SenderInfo {
  /** 64-bit NTP timestamp as two 32-bit halves. */
  ntpSeconds: number;
  ntpFraction: number;
  rtpTimestamp: number;
  packetCount: number;
  octetCount: number;
}

export interface ReportBlock {
  ssrc: number;
  /** Fraction lost since the previous report, in 1/256. */
  fractionLost: number;
  cumulativeLost: number;
  extendedHighestSequence: number;
  /** Interarrival jitter in timestamp units. */
  jitter: number;
  /** Middle 32 bits of the NTP timestamp of the last SR received from this source, 0 if none. */
  lastSenderReport: number;
  /** Delay since that SR, in 1/65536 s. */
  delaySinceLastSenderReport: number;
}

export interface RtcpReport {
  type: 'sender' | 'receiver';
  ssrc: number;
  sender: SenderInfo | undefined;
  blocks: ReportBlock[];
}

export interface RtcpCompound {
  reports: RtcpReport[];
  byes: number[];
}

export const rtcpPacketType = { senderReport: 200, receiverReport: 201, sourceDescription: 202, bye: 203 } as const;

function readBlocks(view: DataView, at: number, count: number): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  for (let i = 0; i < count; i++, at += 24) {
    const lost = view.getUint32(at + 4) & 0xffffff;
    blocks.push({
      ssrc: view.getUint32(at),
      fractionLost: view.getUint8(at + 4),
      cumulativeLost: lost & 0x800000 ? lost - 0x1000000 : lost,
      extendedHighestSequence: view.getUint32(at + 8),
      jitter: view.getUint32(at + 12),
      lastSenderReport: view.getUint32(at + 16),
      delaySinceLastSenderReport: view.getUint32(at + 20),
    });
  }
  return blocks;
}

/** Parses a compound RTCP packet; undefined when any part is malformed (never throws). */
export function parseRtcp(datagram: Uint8Array): RtcpCompound | undefined {
  const view = new DataView(datagram.buffer, datagram.byteOffset, datagram.byteLength);
  const compound: RtcpCompound = { reports: [], byes: [] };
  let at = 0;
  while (at < datagram.length) {
    if (datagram.length - at < 4) return undefined;
    const first = view.getUint8(at);
    const type = view.getUint8(at + 1);
    const length = (view.getUint16(at + 2) + 1) * 4;
    const count = first & 0x1f;
    if (first >> 6 !== 2 || at + length > datagram.length) return undefined;
    if (type === rtcpPacketType.senderReport || type === rtcpPacketType.receiverReport) {
      const isSender = type === rtcpPacketType.senderReport;
      const blocksAt = at + (isSender ? 28 : 8);
      if (blocksAt + count * 24 > at + length) return undefined;
      const sender: SenderInfo | undefined = isSender
        ? {
            ntpSeconds: view.getUint32(at + 8),
            ntpFraction: view.getUint32(at + 12),
            rtpTimestamp: view.getUint32(at + 16),
            packetCount: view.getUint32(at + 20),
            octetCount: view.getUint32(at + 24),
          }
        : undefined;
      const kind = isSender ? 'sender' : 'receiver';
      compound.reports.push({
        type: kind,
        ssrc: view.getUint32(at + 4),
        sender,
        blocks: readBlocks(view, blocksAt, count),
      });
    } else if (type === rtcpPacketType.bye) {
      if (4 + count * 4 > length) return undefined;
      for (let i = 0; i < count; i++) compound.byes.push(view.getUint32(at + 4 + i * 4));
    }
    at += length;
  }
  return compound.reports.length > 0 || compound.byes.length > 0 ? compound : undefined;
}

export interface RtcpCompoundInit {
  ssrc: number;
  /** With sender info: an SR; without: an RR. */
  sender?: SenderInfo;
  blocks: ReportBlock[];
  cname: string;
  bye?: boolean;
}

function writeBlock(out: Buffer, at: number, block: ReportBlock): void {
  out.writeUInt32BE(block.ssrc >>> 0, at);
  const lost = Math.max(-0x800000, Math.min(0x7fffff, block.cumulativeLost)) & 0xffffff;
  out.writeUInt32BE(((Math.max(0, Math.min(255, block.fractionLost)) << 24) | lost) >>> 0, at + 4);
  out.writeUInt32BE(block.extendedHighestSequence >>> 0, at + 8);
  out.writeUInt32BE(block.jitter >>> 0, at + 12);
  out.writeUInt32BE(block.lastSenderReport >>> 0, at + 16);
  out.writeUInt32BE(block.delaySinceLastSenderReport >>> 0, at + 20);
}

/** SR or RR, then SDES with our CNAME (required in every compound packet), then BYE if asked. */
export function buildRtcpCompound(init: RtcpCompoundInit): Buffer {
  const blocks = init.blocks.slice(0, 31);
  const reportLength = (init.sender ? 28 : 8) + blocks.length * 24;
  const report = Buffer.alloc(reportLength);
  report[0] = 0x80 | blocks.length;
  report[1] = init.sender ? rtcpPacketType.senderReport : rtcpPacketType.receiverReport;
  report.writeUInt16BE(reportLength / 4 - 1, 2);
  report.writeUInt32BE(init.ssrc >>> 0, 4);
  if (init.sender) {
    const s = init.sender;
    [s.ntpSeconds, s.ntpFraction, s.rtpTimestamp, s.packetCount, s.octetCount].forEach((value, i) =>
      report.writeUInt32BE(value >>> 0, 8 + i * 4),
    );
  }
  blocks.forEach((block, i) => writeBlock(report, (init.sender ? 28 : 8) + i * 24, block));

  const cname = Buffer.from(init.cname, 'utf8').subarray(0, 255);
  const sdesLength = Math.ceil((8 + 2 + cname.length + 1) / 4) * 4;
  const sdes = Buffer.alloc(sdesLength);
  sdes[0] = 0x81;
  sdes[1] = rtcpPacketType.sourceDescription;
  sdes.writeUInt16BE(sdesLength / 4 - 1, 2);
  sdes.writeUInt32BE(init.ssrc >>> 0, 4);
  sdes[8] = 1;
  sdes[9] = cname.length;
  cname.copy(sdes, 10);

  const parts = [report, sdes];
  if (init.bye) {
    const bye = Buffer.alloc(8);
    bye[0] = 0x81;
    bye[1] = rtcpPacketType.bye;
    bye.writeUInt16BE(1, 2);
    bye.writeUInt32BE(init.ssrc >>> 0, 4);
    parts.push(bye);
  }
  return Buffer.concat(parts);
}

/** The wall clock as NTP (seconds since 1900) and its middle 32 bits, as used by LSR and RTT. */
export function ntpNow(unixMs = performance.timeOrigin + performance.now()): { seconds: number; fraction: number } {
  const total = unixMs / 1000 + 2208988800;
  const seconds = Math.floor(total);
  return { seconds: seconds >>> 0, fraction: Math.floor((total - seconds) * 2 ** 32) >>> 0 };
}

export function ntpMiddle(ntp: { seconds: number; fraction: number }): number {
  return (((ntp.seconds & 0xffff) << 16) | (ntp.fraction >>> 16)) >>> 0;
}
