import { randomBytes } from 'node:crypto';
import type { SenderInfo } from './rtcp-packet';
import { serializeRtp } from './rtp-packet';

const clockRate = 8000;

export type PauseReason = 'dtmf' | 'hold';

/**
 * Our outgoing RTP stream: own SSRC, sequence from a random start, timestamps from a random base
 * advanced by samples. pause()/resume() bracket silences (DTMF, hold; each reason on its own):
 * when the last reason goes, the timestamp jumps by the time that passed and the next packet
 * carries the marker.
 */
export class RtpSender {
  readonly ssrc = randomBytes(4).readUInt32BE(0);
  private sequence = randomBytes(2).readUInt16BE(0);
  private nextTimestamp = randomBytes(4).readUInt32BE(0);
  private markerPending = true;
  private pausedAt: number | undefined;
  private readonly pauses = new Set<PauseReason>();
  /** The last audio packet's timestamp and send time: the reference an SR extrapolates from. */
  private lastAudioTimestamp = this.nextTimestamp;
  private lastAudioAt: number | undefined;
  private lastSentAt: number | undefined;
  packetsSent = 0;
  /** Payload octets, as the SR counts them. */
  octetsSent = 0;

  constructor(private readonly transmit: (packet: Buffer) => void) {}

  get paused(): boolean {
    return this.pausedAt !== undefined;
  }

  /** The timestamp the next audio frame gets (used as a DTMF event's timestamp). */
  get timestamp(): number {
    return this.nextTimestamp;
  }

  /** Sends an audio frame; dropped (false) while paused. */
  sendAudio(payloadType: number, payload: Uint8Array, samples: number): boolean {
    if (this.paused) return false;
    this.send(payloadType, payload, this.nextTimestamp, this.markerPending);
    this.lastAudioTimestamp = this.nextTimestamp;
    this.lastAudioAt = performance.now();
    this.markerPending = false;
    this.nextTimestamp = (this.nextTimestamp + samples) >>> 0;
    return true;
  }

  /** Sends a packet with a timestamp chosen by the caller (telephone-event), even while paused. */
  sendEvent(payloadType: number, payload: Uint8Array, timestamp: number, marker: boolean): void {
    this.send(payloadType, payload, timestamp, marker);
  }

  pause(reason: PauseReason): void {
    this.pauses.add(reason);
    this.pausedAt ??= performance.now();
  }

  resume(reason: PauseReason): void {
    this.pauses.delete(reason);
    if (this.pausedAt === undefined || this.pauses.size > 0) return;
    const elapsedSamples = Math.round(((performance.now() - this.pausedAt) * clockRate) / 1000);
    this.nextTimestamp = (this.nextTimestamp + Math.ceil(elapsedSamples / 160) * 160) >>> 0;
    this.pausedAt = undefined;
    this.markerPending = true;
  }

  /** Sender info for an SR: the RTP timestamp that corresponds to `now`, extrapolated from the last packet. */
  senderInfo(ntp: { seconds: number; fraction: number }, now = performance.now()): SenderInfo {
    const since = this.lastAudioAt === undefined ? 0 : now - this.lastAudioAt;
    return {
      ntpSeconds: ntp.seconds,
      ntpFraction: ntp.fraction,
      rtpTimestamp: (this.lastAudioTimestamp + Math.round((since * clockRate) / 1000)) >>> 0,
      packetCount: this.packetsSent,
      octetCount: this.octetsSent,
    };
  }

  /** Whether we sent RTP within the last `ms` (an SR is due rather than an RR). */
  sentWithin(ms: number, now = performance.now()): boolean {
    return this.lastSentAt !== undefined && now - this.lastSentAt <= ms;
  }

  private send(payloadType: number, payload: Uint8Array, timestamp: number, marker: boolean): void {
    this.sequence = (this.sequence + 1) & 0xffff;
    this.transmit(serializeRtp({ payloadType, payload, timestamp, marker, sequence: this.sequence, ssrc: this.ssrc }));
    this.packetsSent++;
    this.octetsSent += payload.length;
    this.lastSentAt = performance.now();
  }
}
