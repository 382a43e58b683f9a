/** RMS 0..1 shown on a -60..0 dBFS scale, so speech fills the bar instead of its first tenth. */
export function levelToPercent(level: number): number {
  if (!(level > 0)) return 0;
  const dbfs = 20 * Math.log10(Math.min(1, level));
  return Math.round(Math.max(0, Math.min(1, (dbfs + 60) / 60)) * 100);
}
