import type { CallQuality } from '../../../shared/models/call';
import type { CallQualitySummary } from '../../stores/call-quality/call-quality-summary';
import type { MessageId } from '../../i18n/locale-messages';
import { translate } from '../../i18n/translate';
import { rateQuality } from './quality-rating';

export type CallVerdictLevel = 'unknown' | 'good' | 'some-problems' | 'poor';

export interface CallVerdict {
  level: CallVerdictLevel;
  verdict: string;
  /** What went wrong and what to try, one plain sentence or two per problem. */
  advice: string[];
}

/** Above these the local audio path is worth a word (the 3% matches the network's loss alarm). */
export const localThresholds = { concealedPercent: 3, poorConcealedPercent: 10, glitches: 2 } as const;

const verdicts = {
  unknown: 'call.verdictUnknown',
  good: 'call.verdictGood',
  'some-problems': 'call.verdictSomeProblems',
  poor: 'call.verdictPoor',
} as const satisfies Record<CallVerdictLevel, MessageId>;

type Severity = 'some-problems' | 'poor';
interface Problem {
  severity: Severity;
  advice: string;
}

const percent = (value: number) => (value >= 10 ? Math.round(value) : Math.round(value * 10) / 10);
const known = (quality: CallQuality) => Object.values(quality).some((value) => value !== null);

function networkProblems(summary: CallQualitySummary): Problem[] {
  const average = rateQuality(summary.average);
  const severity: Severity = average.level === 'poor' ? 'poor' : 'some-problems';
  const problems = average.warnings.map((advice) => ({ severity, advice }));
  if (average.level === 'good' && rateQuality(summary.worst).level === 'poor') {
    problems.push({
      severity: 'some-problems',
      advice: translate('call.adviceBadPart'),
    });
  }
  return problems;
}

function localProblems(summary: CallQualitySummary): Problem[] {
  const problems: Problem[] = [];
  // Audio the network lost is made up too; only what is beyond the network's loss is the computer's.
  const dropped = Math.max(0, (summary.concealedPercent ?? 0) - (summary.average.lossPercent ?? 0));
  if (dropped > localThresholds.concealedPercent) {
    problems.push({
      severity: dropped > localThresholds.poorConcealedPercent ? 'poor' : 'some-problems',
      advice: translate('call.adviceDropped', { percent: percent(dropped) }),
    });
  }
  if (summary.glitches !== null && summary.glitches > localThresholds.glitches) {
    problems.push({
      severity: 'some-problems',
      advice: translate('call.adviceSkipped', { count: summary.glitches }),
    });
  }
  return problems;
}

function deviceProblems(summary: CallQualitySummary): Problem[] {
  const problems: Problem[] = [];
  const kinds = new Set(summary.deviceEvents.map((event) => event.kind));
  if (kinds.has('disconnected')) {
    problems.push({
      severity: 'some-problems',
      advice: translate('call.adviceDisconnected'),
    });
  }
  for (const event of summary.deviceEvents) {
    if (event.kind === 'microphone-failed') problems.push({ severity: 'poor', advice: event.message });
    if (event.kind === 'device-error') problems.push({ severity: 'some-problems', advice: event.message });
  }
  return problems;
}

/** A plain verdict on a call that ended and what to try next time; every figure may be missing. */
export function judgeCall(summary: CallQualitySummary): CallVerdict {
  const problems = [...networkProblems(summary), ...localProblems(summary), ...deviceProblems(summary)];
  const advice = problems.map((problem) => problem.advice);
  const measured = known(summary.average) || summary.concealedPercent !== null || summary.glitches !== null;
  let level: CallVerdictLevel;
  if (problems.some((problem) => problem.severity === 'poor')) level = 'poor';
  else if (problems.length > 0) level = 'some-problems';
  else level = measured ? 'good' : 'unknown';
  return { level, verdict: translate(verdicts[level]), advice };
}

function pair(average: number | null, worst: number | null, format: (value: number) => string): string {
  const notMeasured = translate('call.figureNotMeasured');
  if (average === null && worst === null) return notMeasured;
  const shown = (value: number | null) => (value === null ? notMeasured : format(value));
  return translate('call.figurePair', { average: shown(average), worst: shown(worst) });
}

/** The figures behind the verdict, as term and description pairs. */
export function describeFigures(summary: CallQualitySummary): [string, string][] {
  const { average, worst } = summary;
  const ms = (value: number) => translate('call.figureMs', { ms: Math.round(value) });
  const notMeasured = translate('call.figureNotMeasured');
  const moves = summary.deviceEvents.map((event) => event.message);
  return [
    [translate('call.termDelay'), pair(average.roundTripMs, worst.roundTripMs, ms)],
    [translate('call.termJitter'), pair(average.jitterMs, worst.jitterMs, ms)],
    [
      translate('call.termLoss'),
      pair(average.lossPercent, worst.lossPercent, (value) =>
        translate('call.figurePercent', { percent: percent(value) }),
      ),
    ],
    [
      translate('call.termScore'),
      pair(average.mos, worst.mos, (value) => translate('call.figureScoreOf', { score: value.toFixed(1) })),
    ],
    [
      translate('call.termConcealed'),
      summary.concealedPercent === null
        ? notMeasured
        : translate('call.figureShareOfCall', { percent: percent(summary.concealedPercent) }),
    ],
    [translate('call.termSkips'), summary.glitches === null ? notMeasured : String(summary.glitches)],
    [translate('call.termDeviceChanges'), moves.length === 0 ? translate('call.figureNone') : moves.join(' ')],
    [translate('call.termMeasurements'), String(summary.samples)],
  ];
}
