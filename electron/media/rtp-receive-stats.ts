import type { ReportBlock } from './rtcp-packet';

const maxDropout = 3000;
const maxMisorder = 100;
const sequenceModulo = 65536;

/**
 * Our view of the far end's stream, per RFC 3550 appendix A.1 (sequence numbers and loss),
 * A.3 (report block values) and A.8 (interarrival jitter). One source at a time: a new SSRC
 * starts the statistics over.
 */
export class ReceiveStatistics {
  ssrc: number | undefined;
  private baseSequence = 0;
  private maxSequence = 0;
  private cycles = 0;
  private badSequence = sequenceModulo + 1;
  private received = 0;
  private expectedPrior = 0;
  private receivedPrior = 0;
  /** In timestamp units, as a float (the report carries its integer part). */
  private jitter = 0;
  private lastTransit: number | undefined;
  private lastSenderReport = 0;
  private lastSenderReportAt: number | undefined;

  /** Records a packet that passed validation. `arrivalMs` is performance.now(); jitter only for audio. */
  update(packet: { ssrc: number; sequence: number; timestamp: number }, arrivalMs: number, audio: boolean): void {
    if (packet.ssrc !== this.ssrc) {
      this.ssrc = packet.ssrc;
      this.restart(packet.sequence);
      this.lastTransit = undefined;
      this.jitter = 0;
      this.lastSenderReport = 0;
      this.lastSenderReportAt = undefined;
    } else if (!this.updateSequence(packet.sequence)) {
      return;
    }
    this.received++;
    if (audio) this.updateJitter(packet.timestamp, arrivalMs);
  }

  /** An SR from the far end: its NTP middle 32 bits and when it arrived, for LSR and DLSR. */
  noteSenderReport(ssrc: number, ntpMiddle: number, arrivalMs: number): void {
    if (ssrc !== this.ssrc) return;
    this.lastSenderReport = ntpMiddle;
    this.lastSenderReportAt = arrivalMs;
  }

  get packetsLost(): number {
    return Math.max(0, this.expected() - this.received);
  }

  get jitterMs(): number {
    return this.jitter / 8;
  }

  /** The report block for our next SR/RR; advances the "since last report" counters. */
  reportBlock(nowMs: number): ReportBlock | undefined {
    if (this.ssrc === undefined) return undefined;
    const expected = this.expected();
    const expectedInterval = expected - this.expectedPrior;
    const lostInterval = expectedInterval - (this.received - this.receivedPrior);
    this.expectedPrior = expected;
    this.receivedPrior = this.received;
    const delay = this.lastSenderReportAt === undefined ? 0 : ((nowMs - this.lastSenderReportAt) / 1000) * 65536;
    return {
      ssrc: this.ssrc,
      fractionLost:
        expectedInterval === 0 || lostInterval <= 0 ? 0 : Math.floor((lostInterval * 256) / expectedInterval),
      cumulativeLost: expected - this.received,
      extendedHighestSequence: (this.cycles + this.maxSequence) >>> 0,
      jitter: Math.floor(this.jitter),
      lastSenderReport: this.lastSenderReport,
      delaySinceLastSenderReport: this.lastSenderReportAt === undefined ? 0 : Math.floor(delay),
    };
  }

  private expected(): number {
    return this.cycles + this.maxSequence - this.baseSequence + 1;
  }

  private restart(sequence: number): void {
    this.baseSequence = sequence;
    this.maxSequence = sequence;
    this.cycles = 0;
    this.badSequence = sequenceModulo + 1;
    this.received = 0;
    this.expectedPrior = 0;
    this.receivedPrior = 0;
  }

  /** A.1 update_seq: false for a packet that must not be counted (a jump we do not trust yet). */
  private updateSequence(sequence: number): boolean {
    const delta = (sequence - this.maxSequence + sequenceModulo) % sequenceModulo;
    if (delta < maxDropout) {
      if (sequence < this.maxSequence) this.cycles += sequenceModulo;
      this.maxSequence = sequence;
    } else if (delta <= sequenceModulo - maxMisorder) {
      if (sequence !== this.badSequence) {
        this.badSequence = (sequence + 1) % sequenceModulo;
        return false;
      }
      this.restart(sequence);
    }
    return true;
  }

  /** A.8: J += (|D| - J) / 16, with transit times in timestamp units, modulo 2^32. */
  private updateJitter(timestamp: number, arrivalMs: number): void {
    const arrival = Math.round(arrivalMs * 8);
    const transit = (arrival - timestamp) % 2 ** 32;
    if (this.lastTransit !== undefined) {
      let difference = (transit - this.lastTransit) % 2 ** 32;
      if (difference >= 2 ** 31) difference -= 2 ** 32;
      if (difference < -(2 ** 31)) difference += 2 ** 32;
      this.jitter += (Math.abs(difference) - this.jitter) / 16;
    }
    this.lastTransit = transit;
  }
}
