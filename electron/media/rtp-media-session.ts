import { randomBytes } from 'node:crypto';
import type { Logger } from '../logging/logger';
import { TelephoneEventReceiver } from './dtmf-receiver';
import { defaultDtmfTiming, DtmfQueue, dtmfEvents } from './dtmf-sender';
import { sends } from './media-direction';
import { MediaReceiver } from './media-receiver';
import {
  MediaNegotiationError,
  type MediaDirection,
  type MediaEndReason,
  type MediaSession,
  type MediaSessionOptions,
  type MediaStats,
} from './media-session-types';
import { MediaPacketPort } from './packet-port';
import { RtcpReporter } from './rtcp-reporter';
import { ReceiveStatistics } from './rtp-receive-stats';
import { RtpSender } from './rtp-sender';
import { RtpWatchdog } from './rtp-watchdog';
import { LocalSdpWriter, type LocalAudio } from './sdp-local';
import { answerRemoteOffer, applyRemoteAnswer, createLocalOffer, type NegotiatedMedia } from './sdp-negotiation';
import { parseRemoteSdp, type Endpoint } from './sdp-remote';
import { generateMasterKey } from './srtp-keys';
import { SrtpContexts, type SrtpSession } from './srtp-session';
import type { StunMapping, MediaAddresses } from './stun-mapping';
import type { UdpSocketPair } from './udp-socket-pair';

export const mediaDefaults = {
  rtpTimeoutMs: 30_000,
  rtcpIntervalMs: 5_000,
  stunRefreshMs: 25_000,
  stunTimeoutMs: 1_500,
};

const sameEndpoint = (a: Endpoint | undefined, b: Endpoint | undefined) =>
  a?.address === b?.address && a?.port === b?.port;

/**
 * One call's SIP media leg over a bound socket pair: negotiation state, the RTP sender and
 * receiver, SRTP, RTCP, DTMF and the RTP timeout. Built by createMediaSession().
 */
export class RtpMediaSession implements MediaSession {
  readonly port: MediaPacketPort;
  private negotiated: NegotiatedMedia | undefined;
  private srtp: SrtpSession | undefined;
  private readonly srtpContexts = new SrtpContexts();
  /** Our latest offer; kept after an answer so a 183 and then a 200 can both carry one. */
  private offer: LocalAudio | undefined;
  private remoteHoldsUs = false;
  private readonly keys = {
    AES_CM_128_HMAC_SHA1_80: generateMasterKey(),
    AES_CM_128_HMAC_SHA1_32: generateMasterKey(),
  };
  private readonly sdp = new LocalSdpWriter();
  private readonly sender: RtpSender;
  private readonly receiveStats = new ReceiveStatistics();
  private readonly receiver: MediaReceiver;
  private readonly reporter: RtcpReporter;
  private readonly watchdog: RtpWatchdog;
  private readonly endListeners = new Set<(reason: MediaEndReason) => void>();
  private readonly dtmfListeners = new Set<(key: string) => void>();
  private readonly dtmfReceived = new TelephoneEventReceiver((key) => {
    for (const listener of this.dtmfListeners) listener(key);
  });
  private readonly dtmf: DtmfQueue;
  private closed = false;

  constructor(
    private readonly options: MediaSessionOptions,
    private readonly sockets: UdpSocketPair,
    private readonly addresses: () => MediaAddresses,
    private readonly stun: StunMapping | undefined,
    private readonly log: Logger,
  ) {
    this.sender = new RtpSender((packet) => this.transmitRtp(packet));
    this.dtmf = new DtmfQueue(this.sender, () => this.closed);
    this.port = new MediaPacketPort((payload, samples) => this.sendFrame(payload, samples), log);
    this.receiver = new MediaReceiver({
      negotiated: () => this.negotiated,
      srtp: () => this.srtp,
      receiveStats: this.receiveStats,
      logger: log,
      onFrame: (frame) => this.port.deliver(frame),
      onTelephoneEvent: (payload, timestamp) => this.dtmfReceived.receive(payload, timestamp),
      onValidRtp: () => this.watchdog.feed(),
      onRtcp: (compound, arrivalMs) => this.reporter.handle(compound, arrivalMs),
    });
    sockets.onRtp(this.receiver.onRtpSocket);
    sockets.onRtcp(this.receiver.onRtcpSocket);
    this.reporter = new RtcpReporter({
      sender: this.sender,
      receiveStats: this.receiveStats,
      cname: `${randomBytes(6).toString('hex')}@dialtone`,
      intervalMs: options.rtcpIntervalMs ?? mediaDefaults.rtcpIntervalMs,
      sending: () => this.negotiated !== undefined && sends(this.negotiated.direction),
      transmit: (compound) => this.transmitRtcp(compound),
    });
    this.watchdog = new RtpWatchdog(options.rtpTimeoutMs ?? mediaDefaults.rtpTimeoutMs, () => this.end('rtp-timeout'));
  }

  get direction(): MediaDirection {
    return this.negotiated?.direction ?? 'inactive';
  }

  get telephoneEventNegotiated(): boolean {
    return this.negotiated?.telephoneEvent !== undefined;
  }

  async createOffer(direction: MediaDirection): Promise<string> {
    this.assertOpen();
    const ours = direction === 'sendonly' && this.remoteHoldsUs ? 'inactive' : direction;
    const audio = createLocalOffer(this.config(), ours);
    this.offer = audio;
    return this.sdp.write({ audio });
  }

  async createAnswer(remoteOffer: string, direction: MediaDirection): Promise<string> {
    this.assertOpen();
    const remote = parseRemoteSdp(remoteOffer);
    const { audio, media } = answerRemoteOffer(this.config(), remote, direction);
    this.offer = undefined;
    this.apply(media);
    return this.sdp.write({ audio, answering: { offered: remote.session.media, audioIndex: remote.audio.mediaIndex } });
  }

  applyAnswer(remoteAnswer: string): void {
    this.assertOpen();
    const offer = this.offer;
    if (!offer) throw new MediaNegotiationError('No offer of ours is waiting for an answer');
    this.apply(applyRemoteAnswer(this.config(), offer, parseRemoteSdp(remoteAnswer)));
  }

  sendDtmf(digits: string, toneMs = defaultDtmfTiming.toneMs): Promise<void> {
    try {
      this.assertOpen();
      if (!this.negotiated?.telephoneEvent) throw new Error('telephone-event was not negotiated; use SIP INFO');
      if (!sends(this.negotiated.direction)) throw new Error('The call does not send media (on hold); no DTMF');
      return this.dtmf.enqueue(() => this.negotiated?.telephoneEvent?.send, dtmfEvents(digits), toneMs);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  stats(): MediaStats {
    const { counters } = this.receiver;
    return {
      packetsSent: this.sender.packetsSent,
      packetsReceived: counters.packetsReceived,
      bytesReceived: counters.bytesReceived,
      ...this.reporter.remote,
      packetsLost: this.receiveStats.packetsLost,
      fractionLost: this.reporter.reportedFractionLost,
      jitterMs: this.receiveStats.jitterMs,
      droppedWrongSource: counters.droppedWrongSource,
      droppedMalformed: counters.droppedMalformed,
      srtpAuthFailures: counters.srtpAuthFailures,
    };
  }

  onDtmf(listener: (key: string) => void): () => void {
    this.dtmfListeners.add(listener);
    return () => void this.dtmfListeners.delete(listener);
  }

  onEnd(listener: (reason: MediaEndReason) => void): () => void {
    this.endListeners.add(listener);
    return () => void this.endListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.watchdog.disarm();
    this.reporter.stop();
    this.stun?.stop();
    if (this.negotiated) this.reporter.sendReport(true);
    this.closed = true;
    // Let the RTCP BYE leave before the sockets go (a closed socket throws inside callbacks).
    await new Promise((resolve) => setImmediate(resolve));
    await this.sockets.close();
    this.log.debug('Media session closed', this.statsFields());
  }

  private config() {
    const { rtp, rtcp } = this.addresses();
    return { policy: this.options.srtp, rtp, rtcp, keys: this.keys };
  }

  private apply(media: NegotiatedMedia): void {
    const previous = this.negotiated;
    this.srtp = media.srtp && this.srtpContexts.sessionFor(media.srtp);
    if (!previous || !sameEndpoint(previous.remoteRtp, media.remoteRtp)) this.receiver.resetLatch();
    this.negotiated = media;
    this.remoteHoldsUs = media.remoteHoldsUs;
    this.port.codec = media.codec;
    if (sends(media.direction) && media.remoteRtp) this.sender.resume('hold');
    else this.sender.pause('hold');
    if (media.direction === 'sendrecv' && media.remoteRtp) this.watchdog.arm();
    else this.watchdog.disarm();
    this.reporter.start();
    this.log.info('Media negotiated', {
      codec: media.codec,
      srtp: media.srtp?.suite ?? 'off',
      direction: media.direction,
      remote: media.remoteRtp ? `${media.remoteRtp.address}:${media.remoteRtp.port}` : 'none',
      telephoneEvent: media.telephoneEvent?.send,
    });
  }

  private sendFrame(payload: Uint8Array, samples: number): void {
    const media = this.negotiated;
    if (this.closed || !media || !sends(media.direction) || !this.receiver.rtpDestination) return;
    this.sender.sendAudio(media.sendPayloadType, payload, samples);
  }

  private transmitRtp(packet: Buffer): void {
    const to = this.receiver.rtpDestination;
    if (this.closed || !to) return;
    this.sockets.sendRtp(this.srtp ? this.srtp.protectRtp(packet) : packet, to);
  }

  private transmitRtcp(compound: Buffer): void {
    const to = this.receiver.rtcpDestination;
    if (this.closed || !to) return;
    const datagram = this.srtp ? this.srtp.protectRtcp(compound) : compound;
    if (this.negotiated?.rtcpMux) this.sockets.sendRtp(datagram, to);
    else this.sockets.sendRtcp(datagram, to);
  }

  private end(reason: MediaEndReason): void {
    this.log.warn('Media ended', { reason, ...this.statsFields() });
    for (const listener of this.endListeners) {
      try {
        listener(reason);
      } catch (error) {
        this.log.error('An end listener failed', { error: String(error) });
      }
    }
  }

  private statsFields() {
    const { packetsSent, packetsReceived, packetsLost, droppedWrongSource, droppedMalformed, srtpAuthFailures } =
      this.stats();
    return { packetsSent, packetsReceived, packetsLost, droppedWrongSource, droppedMalformed, srtpAuthFailures };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The media session is closed');
  }
}
