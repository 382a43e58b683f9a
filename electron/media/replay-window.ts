/**
 * RFC 3711 section 3.3.2: a sliding window of the last 64 packet indices seen. check() says
 * whether an index is new and not too old; accept() records it (only after authentication).
 */
export class ReplayWindow {
  private highest = -1;
  /** Bit i set: index (highest - i) was accepted. */
  private seen = 0n;

  constructor(private readonly size = 64) {}

  check(index: number): boolean {
    if (index < 0) return false;
    if (index > this.highest) return true;
    const age = this.highest - index;
    if (age >= this.size) return false;
    return ((this.seen >> BigInt(age)) & 1n) === 0n;
  }

  accept(index: number): void {
    if (index > this.highest) {
      const shift = this.highest < 0 ? this.size : index - this.highest;
      this.seen = shift >= this.size ? 1n : ((this.seen << BigInt(shift)) | 1n) & ((1n << BigInt(this.size)) - 1n);
      this.highest = index;
    } else {
      this.seen |= 1n << BigInt(this.highest - index);
    }
  }
}
