/**
 * RFC 5626 4.4.1 keep-alive for one connection: a ping every intervalMs; when nothing at all
 * arrives within timeoutMs of a ping, the flow has failed. Any inbound data counts as an answer:
 * a server busy sending messages is plainly alive, and a pong may share a segment with one.
 */
export class KeepAlive {
  private interval: ReturnType<typeof setInterval> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly timeoutMs: number,
    private readonly sendPing: () => void,
    private readonly onTimeout: () => void,
  ) {}

  start(): void {
    if (this.intervalMs <= 0) return;
    this.interval = setInterval(() => this.ping(), this.intervalMs);
  }

  /** Something arrived from the server. */
  heard(): void {
    clearTimeout(this.deadline);
    this.deadline = undefined;
  }

  stop(): void {
    clearInterval(this.interval);
    this.heard();
  }

  private ping(): void {
    this.sendPing();
    this.deadline ??= setTimeout(() => {
      this.stop();
      this.onTimeout();
    }, this.timeoutMs);
  }
}
