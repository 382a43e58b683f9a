/**
 * BENCH_QUICK=1: every bench does the same work on a small scale (fewer runs, calls, rows,
 * seconds), so CI proves it still runs and prints its figures (quick-benches.spec.ts). Quick figures
 * mean nothing; full runs stay manual.
 */
const quickMode = process.env.BENCH_QUICK === '1';

/** How many runs, calls, rows or seconds: the bench's own variable if set (e.g. BENCH_RUNS), else the full or quick amount. */
export function benchAmount({ full, quick, variable }: { full: number; quick: number; variable?: string }): number {
  const value = variable === undefined ? undefined : process.env[variable];
  return value === undefined ? (quickMode ? quick : full) : Number(value);
}
