const floorDbfs = -100;

const toDbfs = (amplitude: number) => Math.max(floorDbfs, Math.min(0, 20 * Math.log10(amplitude / 32768)));

/** Peak and average (RMS) level of 16-bit samples, in dBFS; null for no samples. */
export function audioLevels(samples: Int16Array): { peakDbfs: number | null; averageDbfs: number | null } {
  if (samples.length === 0) return { peakDbfs: null, averageDbfs: null };
  let peak = 0;
  let sumOfSquares = 0;
  for (const sample of samples) {
    peak = Math.max(peak, Math.abs(sample));
    sumOfSquares += sample * sample;
  }
  const round = (value: number) => Math.round(value * 10) / 10;
  return { peakDbfs: round(toDbfs(peak)), averageDbfs: round(toDbfs(Math.sqrt(sumOfSquares / samples.length))) };
}
