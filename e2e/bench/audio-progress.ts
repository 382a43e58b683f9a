import type { nullableFigureKeys } from './bench-figures';

/** bench:audio's progress lines (stderr: stdout carries only the figures) and its rounding of figures. */
export const progress = (line: string) => process.stderr.write(`bench:audio ${line}\n`);

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A figure this machine cannot measure: null in the figures, with the reason on stderr (quick-benches.spec.ts checks it). */
export function unmeasured(key: (typeof nullableFigureKeys)['audio'][number], reason: string): null {
  progress(`null ${key}: ${reason}`);
  return null;
}
