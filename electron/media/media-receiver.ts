import type { Logger } from '../logging/logger';
import { receives } from './media-direction';
import type { ReceivedFrame } from './media-session-types';
import { parseRtcp, type RtcpCompound } from './rtcp-packet';
import { looksLikeRtcp, parseRtp, rtpHeaderLength } from './rtp-packet';
import type { ReceiveStatistics } from './rtp-receive-stats';
import type { NegotiatedMedia } from './sdp-negotiation';
import type { Endpoint } from './sdp-remote';
import type { SrtpSession } from './srtp-session';
import type { UnprotectResult } from './srtp-transform';
import { isStunMessage } from './stun-message';

export interface ReceiveCounters {
  packetsReceived: number;
  bytesReceived: number;
  droppedWrongSource: number;
  droppedMalformed: number;
  srtpAuthFailures: number;
}

export interface MediaReceiverDeps {
  negotiated(): NegotiatedMedia | undefined;
  srtp(): SrtpSession | undefined;
  receiveStats: ReceiveStatistics;
  logger: Logger;
  onFrame(frame: ReceivedFrame): void;
  /** Any valid RTP from the far end (audio or telephone-event): feeds the RTP timeout. */
  onValidRtp(): void;
  onRtcp(compound: RtcpCompound, arrivalMs: number): void;
}

interface Latch {
  source: Endpoint | undefined;
  lastAt: number;
  /** After this long without a packet from the latched source, another valid source may take over (NAT rebinding). */
  relatchAfterMs: number;
}

const sameEndpoint = (a: Endpoint, b: Endpoint) => a.address === b.address && a.port === b.port;

/**
 * The inbound path of both sockets: demultiplexes STUN, RTCP and RTP, latches to the source the
 * far end really sends from (symmetric RTP, RFC 4961), checks SRTP and counts what it drops.
 */
export class MediaReceiver {
  readonly counters: ReceiveCounters = {
    packetsReceived: 0,
    bytesReceived: 0,
    droppedWrongSource: 0,
    droppedMalformed: 0,
    srtpAuthFailures: 0,
  };
  private readonly rtpLatch: Latch = { source: undefined, lastAt: 0, relatchAfterMs: 2000 };
  private readonly rtcpLatch: Latch = { source: undefined, lastAt: 0, relatchAfterMs: 20000 };

  constructor(private readonly deps: MediaReceiverDeps) {}

  /** Where our RTP goes: the latched source, else the address in the far end's SDP. */
  get rtpDestination(): Endpoint | undefined {
    return this.rtpLatch.source ?? this.deps.negotiated()?.remoteRtp;
  }

  get rtcpDestination(): Endpoint | undefined {
    const media = this.deps.negotiated();
    if (media?.rtcpMux) return this.rtpDestination;
    return this.rtcpLatch.source ?? media?.remoteRtcp;
  }

  resetLatch(): void {
    this.rtpLatch.source = undefined;
    this.rtcpLatch.source = undefined;
  }

  onRtpSocket = (datagram: Buffer, from: Endpoint): void => {
    // STUN answers to our Binding Requests are handled by the STUN clients on the same socket.
    if (isStunMessage(datagram)) return;
    if (looksLikeRtcp(datagram)) return this.onRtcp(datagram, from);
    const media = this.deps.negotiated();
    if (!media) return;
    if (rtpHeaderLength(datagram) === undefined) return void this.counters.droppedMalformed++;
    const now = performance.now();
    if (!this.fromLatched(this.rtpLatch, from, now)) return void this.counters.droppedWrongSource++;
    const srtp = this.deps.srtp();
    const plain = srtp ? this.unprotected(srtp.unprotectRtp(datagram)) : datagram;
    if (!plain) return;
    const packet = parseRtp(plain);
    if (!packet) return void this.counters.droppedMalformed++;
    const codec = media.receiveCodecs.get(packet.payloadType);
    if (!codec && packet.payloadType !== media.telephoneEvent?.receive) return;
    this.latch(this.rtpLatch, from, now, 'RTP');
    this.counters.packetsReceived++;
    this.counters.bytesReceived += packet.payload.length;
    this.deps.receiveStats.update(packet, now, codec !== undefined);
    this.deps.onValidRtp();
    if (!codec || !receives(media.direction)) return;
    const { payload, timestamp, sequence, marker } = packet;
    this.deps.onFrame({ codec, payload, timestamp, sequence, marker, receivedAt: now });
  };

  onRtcpSocket = (datagram: Buffer, from: Endpoint): void => {
    if (isStunMessage(datagram)) return;
    this.onRtcp(datagram, from);
  };

  private onRtcp(datagram: Buffer, from: Endpoint): void {
    if (!this.deps.negotiated()) return;
    const now = performance.now();
    if (!looksLikeRtcp(datagram)) return void this.counters.droppedMalformed++;
    if (!this.fromLatched(this.rtcpLatch, from, now)) return void this.counters.droppedWrongSource++;
    const srtp = this.deps.srtp();
    const plain = srtp ? this.unprotected(srtp.unprotectRtcp(datagram)) : datagram;
    if (!plain) return;
    const compound = parseRtcp(plain);
    if (!compound) return void this.counters.droppedMalformed++;
    this.latch(this.rtcpLatch, from, now, 'RTCP');
    this.deps.onRtcp(compound, now);
  }

  private fromLatched(latch: Latch, from: Endpoint, now: number): boolean {
    return !latch.source || sameEndpoint(latch.source, from) || now - latch.lastAt >= latch.relatchAfterMs;
  }

  private latch(latch: Latch, from: Endpoint, now: number, what: string): void {
    if (!latch.source || !sameEndpoint(latch.source, from)) {
      this.deps.logger.info(`${what} latched to the far end's source`, { address: from.address, port: from.port });
      latch.source = from;
    }
    latch.lastAt = now;
  }

  private unprotected(result: UnprotectResult): Buffer | undefined {
    if (result.ok) return result.packet;
    if (result.reason === 'auth') this.counters.srtpAuthFailures++;
    else if (result.reason === 'malformed') this.counters.droppedMalformed++;
    return undefined;
  }
}
