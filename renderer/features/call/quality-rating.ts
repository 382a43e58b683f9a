import type { CallQuality } from '../../../shared/models/call';
import type { MessageId } from '../../i18n/locale-messages';
import { translate } from '../../i18n/translate';

export type QualityLevel = 'unknown' | 'good' | 'fair' | 'poor';

export interface QualityRating {
  level: QualityLevel;
  label: string;
  /** Plain sentences, one per alarm that is raised. */
  warnings: string[];
}

/** Twilio Voice Insights' alarm thresholds. */
export const qualityThresholds = { roundTripMs: 400, jitterMs: 30, lossPercent: 3, mos: 3.5 } as const;

const labels = {
  unknown: 'call.qualityChecking',
  good: 'call.qualityGood',
  fair: 'call.qualityFair',
  poor: 'call.qualityPoor',
} as const satisfies Record<QualityLevel, MessageId>;

const percent = (value: number) => (value >= 10 ? Math.round(value) : Math.round(value * 10) / 10);

function warningsFor(quality: CallQuality): string[] {
  const { roundTripMs, jitterMs, lossPercent, mos } = quality;
  const warnings: string[] = [];
  if (lossPercent !== null && lossPercent > qualityThresholds.lossPercent) {
    warnings.push(translate('call.warnLoss', { percent: percent(lossPercent) }));
  }
  if (jitterMs !== null && jitterMs > qualityThresholds.jitterMs) {
    warnings.push(translate('call.warnJitter', { ms: Math.round(jitterMs) }));
  }
  if (roundTripMs !== null && roundTripMs > qualityThresholds.roundTripMs) {
    warnings.push(translate('call.warnDelay', { ms: Math.round(roundTripMs) }));
  }
  if (mos !== null && mos < qualityThresholds.mos) {
    warnings.push(translate('call.warnScore', { score: mos.toFixed(1) }));
  }
  return warnings;
}

/**
 * Good when no alarm is raised, Fair with one, Poor with two or more or when the estimated
 * score (MOS) itself is below 3.5; unknown until the first figures arrive.
 */
export function rateQuality(quality: CallQuality | null): QualityRating {
  const known = quality !== null && Object.values(quality).some((value) => value !== null);
  if (!known) return { level: 'unknown', label: translate(labels.unknown), warnings: [] };
  const warnings = warningsFor(quality);
  const lowScore = quality.mos !== null && quality.mos < qualityThresholds.mos;
  const level: QualityLevel = lowScore || warnings.length >= 2 ? 'poor' : warnings.length === 1 ? 'fair' : 'good';
  return { level, label: translate(labels[level]), warnings };
}
