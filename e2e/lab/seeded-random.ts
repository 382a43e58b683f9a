/** Uniform numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** Mulberry32: a tiny 32-bit generator, plenty for test decisions (not for anything secret). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Independent streams from one seed (one per direction, say), so one stream's use never shifts another's. */
export function seededStream(seed: number, stream: number): Random {
  return seededRandom((seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0);
}

/** A standard normal draw from two uniform ones (Box-Muller). */
export function normalFrom(first: number, second: number): number {
  return Math.sqrt(-2 * Math.log(1 - first)) * Math.cos(2 * Math.PI * second);
}

/** A seed for a run: DIALTONE_IMPAIRMENT_SEED when set (to replay a failure), else a fresh one. */
export function runSeed(): number {
  const fromEnv = process.env.DIALTONE_IMPAIRMENT_SEED;
  if (fromEnv === undefined || fromEnv === '') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(fromEnv);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new Error(
      `DIALTONE_IMPAIRMENT_SEED must be a whole number from 0 to 4294967295, not "${fromEnv.slice(0, 40)}"`,
    );
  }
  return seed;
}
