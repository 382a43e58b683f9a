interface Held<T> {
  dueAt: number;
  item: T;
}

/**
 * Holds items until their due time and hands them out in due-time order (first come first out on
 * a tie) from a single timer, saying how late each is: timers fire to the millisecond at best,
 * later when the event loop is busy or the machine loaded.
 */
export class DelayLine<T> {
  private readonly held: Held<T>[] = [];
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly release: (item: T, lateMs: number) => void) {}

  get size(): number {
    return this.held.length;
  }

  add(item: T, delayMs: number): void {
    if (this.stopped) return;
    const dueAt = performance.now() + delayMs;
    let index = this.held.length;
    while (index > 0 && this.held[index - 1]!.dueAt > dueAt) index--;
    this.held.splice(index, 0, { dueAt, item });
    if (index === 0) this.schedule();
  }

  /** Drops everything held; nothing is released afterwards. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.held.length = 0;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const next = this.held[0];
    if (!next) return;
    this.timer = setTimeout(() => this.releaseDue(), Math.max(0, next.dueAt - performance.now()));
  }

  private releaseDue(): void {
    const now = performance.now();
    while (!this.stopped && this.held.length > 0 && this.held[0]!.dueAt <= now) {
      const { item, dueAt } = this.held.shift()!;
      this.release(item, now - dueAt);
    }
    this.schedule();
  }
}
