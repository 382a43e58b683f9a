import type { Logger } from '../logging/logger';
import type { Endpoint } from './sdp-remote';

const sameEndpoint = (a: Endpoint | undefined, b: Endpoint) => a?.address === b.address && a.port === b.port;

/**
 * Where the far end's RTP (or RTCP) comes from, and so where ours goes (symmetric RTP, RFC 4961).
 * It starts at the address in the far end's SDP and moves only when MediaReceiver has proved a
 * packet from elsewhere is the far end's: it passed SRTP authentication, or, for plain RTP, it
 * carries the far end's SSRC. So a stranger who knows our port can neither take the call's audio
 * over nor receive ours, whether it sends first or while the far end is silent.
 */
export class SourceLatch {
  private source: Endpoint | undefined;

  constructor(
    private readonly what: 'RTP' | 'RTCP',
    private readonly logger: Logger,
  ) {}

  /** Where our packets go: the proved source, else the address in the far end's SDP. */
  destination(advertised: Endpoint | undefined): Endpoint | undefined {
    return this.source ?? advertised;
  }

  /** Whether `from` is the address the far end's SDP gives or the one it was proved to send from. */
  knows(from: Endpoint, advertised: Endpoint | undefined): boolean {
    return sameEndpoint(this.source, from) || sameEndpoint(advertised, from);
  }

  /** Follows a packet that is the far end's (known address, authenticated, or its SSRC). */
  follow(from: Endpoint): void {
    if (sameEndpoint(this.source, from)) return;
    this.logger.info(`${this.what} follows the far end's source`, { address: from.address, port: from.port });
    this.source = from;
  }

  /** The far end's SDP changed address: go back to it until a packet proves otherwise. */
  reset(): void {
    this.source = undefined;
  }
}
