import { buildRtcpCompound, ntpMiddle, ntpNow, type RtcpCompound } from './rtcp-packet';
import type { ReceiveStatistics } from './rtp-receive-stats';
import type { RtpSender } from './rtp-sender';

export interface RemoteReportStats {
  roundTripMs: number | undefined;
  remoteFractionLost: number | undefined;
  remoteJitterMs: number | undefined;
}

export interface RtcpReporterDeps {
  sender: RtpSender;
  receiveStats: ReceiveStatistics;
  cname: string;
  intervalMs: number;
  /** Whether we are currently allowed to send RTP (SR rather than RR). */
  sending(): boolean;
  transmit(compound: Buffer): void;
}

/**
 * RTCP for one stream: an SR (while we send) or RR every interval, randomised over [0.5, 1.5]
 * as RFC 3550 section 6.3.1 asks, with a report block for the far end's stream; reads the far
 * end's reports for round trip (LSR/DLSR, section 6.4.1), loss and jitter of our stream.
 */
export class RtcpReporter {
  readonly remote: RemoteReportStats = {
    roundTripMs: undefined,
    remoteFractionLost: undefined,
    remoteJitterMs: undefined,
  };
  /** The loss we last reported of the far end's stream (0..1): what this side hears over one interval. */
  reportedFractionLost: number | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: RtcpReporterDeps) {}

  start(): void {
    if (this.timer) return;
    this.schedule(this.deps.intervalMs * (0.25 + Math.random() * 0.25));
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  sendReport(bye = false): void {
    const now = performance.now();
    const { sender, receiveStats } = this.deps;
    const isSender = this.deps.sending() && sender.sentWithin(2 * this.deps.intervalMs, now);
    const block = receiveStats.reportBlock(now);
    if (block) this.reportedFractionLost = block.fractionLost / 256;
    this.deps.transmit(
      buildRtcpCompound({
        ssrc: sender.ssrc,
        sender: isSender ? sender.senderInfo(ntpNow(), now) : undefined,
        blocks: block ? [block] : [],
        cname: this.deps.cname,
        bye,
      }),
    );
  }

  handle(compound: RtcpCompound, arrivalMs: number): void {
    const arrivalNtp = ntpMiddle(ntpNow());
    for (const report of compound.reports) {
      if (report.sender) {
        this.deps.receiveStats.noteSenderReport(
          report.ssrc,
          ntpMiddle({ seconds: report.sender.ntpSeconds, fraction: report.sender.ntpFraction }),
          arrivalMs,
        );
      }
      const ours = report.blocks.find((block) => block.ssrc === this.deps.sender.ssrc);
      if (!ours) continue;
      this.remote.remoteFractionLost = ours.fractionLost / 256;
      this.remote.remoteJitterMs = ours.jitter / 8;
      if (ours.lastSenderReport !== 0) {
        const roundTrip = (arrivalNtp - ours.lastSenderReport - ours.delaySinceLastSenderReport) >>> 0;
        // A wrapped (negative) value means clocks or rounding disagree; below a millisecond on loopback.
        this.remote.roundTripMs = roundTrip > 0x80000000 ? 0 : (roundTrip / 65536) * 1000;
      }
    }
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.sendReport();
      this.schedule(this.deps.intervalMs * (0.5 + Math.random()));
    }, delayMs);
    this.timer.unref?.();
  }
}
