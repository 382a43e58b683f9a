/**
 * Fires once when no valid RTP arrived for `timeoutMs` while armed. Armed only while the call
 * is sendrecv: on hold (either side) many servers stop media, and that is no reason to hang up.
 */
export class RtpWatchdog {
  private lastAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private fired = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly onTimeout: () => void,
  ) {}

  get armed(): boolean {
    return this.timer !== undefined;
  }

  /** Starts (or restarts) counting from now. */
  arm(): void {
    this.disarm();
    if (this.fired) return;
    this.lastAt = performance.now();
    this.schedule(this.timeoutMs);
  }

  disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  feed(): void {
    this.lastAt = performance.now();
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      const silentFor = performance.now() - this.lastAt;
      if (silentFor < this.timeoutMs) return this.schedule(this.timeoutMs - silentFor);
      this.timer = undefined;
      this.fired = true;
      this.onTimeout();
    }, delayMs);
  }
}
