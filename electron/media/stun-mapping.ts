import type { Logger } from '../logging/logger';
import type { Endpoint } from './sdp-remote';
import { resolveStunServer, type StunClient } from './stun-client';

export interface MediaAddresses {
  rtp: Endpoint;
  rtcp: Endpoint;
}

/**
 * Our public RTP and RTCP addresses as a STUN server sees them (RFC 5389 Binding), refreshed
 * periodically so the NAT keeps the pinholes open. Failure falls back to the configured address.
 */
export class StunMapping {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Resolved once; resolved again after a failed refresh (the server may have moved). */
  private resolved: Promise<Endpoint> | undefined;

  constructor(
    private readonly server: string,
    private readonly clients: { rtp: StunClient; rtcp: StunClient },
    private readonly logger: Logger,
    /** How long one binding may take before the configured address is used instead. */
    private readonly requestTimeoutMs: number,
  ) {}

  private serverAddress(): Promise<Endpoint> {
    this.resolved ??= resolveStunServer(this.server);
    return this.resolved;
  }

  /** The mapped addresses, or `fallback` (logged) when the server does not answer. */
  async discover(fallback: MediaAddresses): Promise<MediaAddresses> {
    try {
      const server = await this.serverAddress();
      const [rtp, rtcp] = await Promise.all([
        this.clients.rtp.bind(server, this.requestTimeoutMs),
        this.clients.rtcp.bind(server, this.requestTimeoutMs).catch(() => undefined),
      ]);
      const mapped = { rtp, rtcp: rtcp ?? { address: rtp.address, port: rtp.port + 1 } };
      this.logger.info('STUN mapped the media ports', {
        address: rtp.address,
        rtpPort: rtp.port,
        rtcpPort: mapped.rtcp.port,
      });
      return mapped;
    } catch (error) {
      this.logger.warn('STUN failed; advertising the configured media address', {
        server: this.server,
        error: error instanceof Error ? error.message : String(error),
      });
      return fallback;
    }
  }

  /** Re-binds every `intervalMs`; a changed mapping is reported for the next offer or answer. */
  startRefresh(intervalMs: number, onChange: (addresses: MediaAddresses) => void, current: () => MediaAddresses): void {
    const refresh = async () => {
      try {
        const server = await this.serverAddress();
        const [rtp, rtcp] = await Promise.all([
          this.clients.rtp.bind(server, this.requestTimeoutMs),
          this.clients.rtcp.bind(server, this.requestTimeoutMs),
        ]);
        const before = current();
        if (rtp.address !== before.rtp.address || rtp.port !== before.rtp.port || rtcp.port !== before.rtcp.port) {
          this.logger.info('STUN mapping changed', { address: rtp.address, rtpPort: rtp.port, rtcpPort: rtcp.port });
          onChange({ rtp, rtcp });
        }
      } catch (error) {
        this.resolved = undefined;
        if (!this.stopped) this.logger.debug('STUN refresh failed', { error: String(error) });
      }
      if (!this.stopped) this.timer = setTimeout(() => void refresh(), intervalMs);
    };
    this.timer = setTimeout(() => void refresh(), intervalMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.clients.rtp.cancel();
    this.clients.rtcp.cancel();
  }
}
