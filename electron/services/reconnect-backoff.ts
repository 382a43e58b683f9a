const firstDelayMs = 1000;
const maxDelayMs = 60_000;
const jitterShare = 0.2;

/** 1, 2, 4 ... 60 s, each within ±20% so many phones behind one outage do not retry in step. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 - jitterShare + 2 * jitterShare * random()));
}
