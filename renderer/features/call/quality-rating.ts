import type { CallQuality } from '../../../shared/models/call';

export type QualityLevel = 'unknown' | 'good' | 'fair' | 'poor';

export interface QualityRating {
  level: QualityLevel;
  label: string;
  /** Plain sentences, one per alarm that is raised. */
  warnings: string[];
}

/** Twilio Voice Insights' alarm thresholds. */
export const qualityThresholds = { roundTripMs: 400, jitterMs: 30, lossPercent: 3, mos: 3.5 } as const;

const labels: Record<QualityLevel, string> = { unknown: 'Checking…', good: 'Good', fair: 'Fair', poor: 'Poor' };

const percent = (value: number) => (value >= 10 ? Math.round(value) : Math.round(value * 10) / 10);

function warningsFor(quality: CallQuality): string[] {
  const { roundTripMs, jitterMs, lossPercent, mos } = quality;
  const warnings: string[] = [];
  if (lossPercent !== null && lossPercent > qualityThresholds.lossPercent) {
    warnings.push(
      `Your connection is losing audio packets (${percent(lossPercent)}%). A wired connection or a stronger Wi-Fi signal helps.`,
    );
  }
  if (jitterMs !== null && jitterMs > qualityThresholds.jitterMs) {
    warnings.push(
      `Audio is arriving unevenly (jitter ${Math.round(jitterMs)} ms), so voices may sound choppy. Pause large downloads or video.`,
    );
  }
  if (roundTripMs !== null && roundTripMs > qualityThresholds.roundTripMs) {
    warnings.push(
      `There is a long delay on the line (${Math.round(roundTripMs)} ms round trip), so you may talk over each other.`,
    );
  }
  if (mos !== null && mos < qualityThresholds.mos) {
    warnings.push(`The call is likely to sound poor (estimated score ${mos.toFixed(1)} out of 4.5).`);
  }
  return warnings;
}

/**
 * Good when no alarm is raised, Fair with one, Poor with two or more or when the estimated
 * score (MOS) itself is below 3.5; unknown until the first figures arrive.
 */
export function rateQuality(quality: CallQuality | null): QualityRating {
  const known = quality !== null && Object.values(quality).some((value) => value !== null);
  if (!known) return { level: 'unknown', label: labels.unknown, warnings: [] };
  const warnings = warningsFor(quality);
  const lowScore = quality.mos !== null && quality.mos < qualityThresholds.mos;
  const level: QualityLevel = lowScore || warnings.length >= 2 ? 'poor' : warnings.length === 1 ? 'fair' : 'good';
  return { level, label: labels[level], warnings };
}
