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
import { SourceLatch } from './source-latch';
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
  /** An RFC 4733 telephone-event packet's payload, with the RTP timestamp that names its event. */
  onTelephoneEvent(payload: Uint8Array, timestamp: number): void;
  /** Any valid RTP from the far end (audio or telephone-event): feeds the RTP timeout. */
  onValidRtp(): void;
  onRtcp(compound: RtcpCompound, arrivalMs: number): void;
}

/**
 * The inbound path of both sockets: demultiplexes STUN, RTCP and RTP, follows the source the far
 * end really sends from (SourceLatch), checks SRTP and counts what it drops. A packet from an
 * address other than the far end's is dropped unless it proves to be the far end's.
 */
export class MediaReceiver {
  readonly counters: ReceiveCounters = {
    packetsReceived: 0,
    bytesReceived: 0,
    droppedWrongSource: 0,
    droppedMalformed: 0,
    srtpAuthFailures: 0,
  };
  private readonly rtpSource: SourceLatch;
  private readonly rtcpSource: SourceLatch;
  /** The SSRC of the far end's stream, from the last RTP packet accepted: plain RTP's only proof. */
  private farEndSsrc: number | undefined;

  constructor(private readonly deps: MediaReceiverDeps) {
    this.rtpSource = new SourceLatch('RTP', deps.logger);
    this.rtcpSource = new SourceLatch('RTCP', deps.logger);
  }

  /** Where our RTP goes: the far end's proved source, else the address in its SDP. */
  get rtpDestination(): Endpoint | undefined {
    return this.rtpSource.destination(this.deps.negotiated()?.remoteRtp);
  }

  get rtcpDestination(): Endpoint | undefined {
    const media = this.deps.negotiated();
    if (media?.rtcpMux) return this.rtpDestination;
    return this.rtcpSource.destination(media?.remoteRtcp);
  }

  resetLatch(): void {
    this.rtpSource.reset();
    this.rtcpSource.reset();
  }

  onRtpSocket = (datagram: Buffer, from: Endpoint): void => {
    // STUN answers to our Binding Requests are handled by the STUN clients on the same socket.
    if (isStunMessage(datagram)) return;
    if (looksLikeRtcp(datagram)) return this.onRtcp(datagram, from);
    const media = this.deps.negotiated();
    if (!media) return;
    if (rtpHeaderLength(datagram) === undefined) return void this.counters.droppedMalformed++;
    const known = this.rtpSource.knows(from, media.remoteRtp);
    const srtp = this.deps.srtp();
    const plain = srtp ? this.unprotected(srtp.unprotectRtp(datagram), known) : datagram;
    if (!plain) return;
    const packet = parseRtp(plain);
    if (!packet) return void this.counters.droppedMalformed++;
    if (!known && !srtp && packet.ssrc !== this.farEndSsrc) return void this.counters.droppedWrongSource++;
    const codec = media.receiveCodecs.get(packet.payloadType);
    if (!codec && packet.payloadType !== media.telephoneEvent?.receive) return;
    this.rtpSource.follow(from);
    this.farEndSsrc = packet.ssrc;
    const now = performance.now();
    this.counters.packetsReceived++;
    this.counters.bytesReceived += packet.payload.length;
    this.deps.receiveStats.update(packet, now, codec !== undefined);
    this.deps.onValidRtp();
    if (!receives(media.direction)) return;
    const { payload, timestamp, sequence, marker } = packet;
    if (!codec) return this.deps.onTelephoneEvent(payload, timestamp);
    this.deps.onFrame({ codec, payload, timestamp, sequence, marker, receivedAt: now });
  };

  onRtcpSocket = (datagram: Buffer, from: Endpoint): void => {
    if (isStunMessage(datagram)) return;
    this.onRtcp(datagram, from);
  };

  private onRtcp(datagram: Buffer, from: Endpoint): void {
    const media = this.deps.negotiated();
    if (!media) return;
    if (!looksLikeRtcp(datagram)) return void this.counters.droppedMalformed++;
    // With rtcp-mux, RTCP shares RTP's port and so its source.
    const source = media.rtcpMux ? this.rtpSource : this.rtcpSource;
    const known = source.knows(from, media.rtcpMux ? media.remoteRtp : media.remoteRtcp);
    const srtp = this.deps.srtp();
    const plain = srtp ? this.unprotected(srtp.unprotectRtcp(datagram), known) : datagram;
    if (!plain) return;
    const compound = parseRtcp(plain);
    if (!compound) return void this.counters.droppedMalformed++;
    // The SSRC of the compound's first packet: its sender.
    if (!known && !srtp && plain.readUInt32BE(4) !== this.farEndSsrc) return void this.counters.droppedWrongSource++;
    source.follow(from);
    this.deps.onRtcp(compound, performance.now());
  }

  /** SRTP's verdict; a failure from an address that is not the far end's counts as a wrong source. */
  private unprotected(result: UnprotectResult, known: boolean): Buffer | undefined {
    if (result.ok) return result.packet;
    if (!known) this.counters.droppedWrongSource++;
    else if (result.reason === 'auth') this.counters.srtpAuthFailures++;
    else if (result.reason === 'malformed') this.counters.droppedMalformed++;
    return undefined;
  }
}
