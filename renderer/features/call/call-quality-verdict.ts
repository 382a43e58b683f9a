import type { CallQuality } from '../../../shared/models/call';
import type { CallQualitySummary } from '../../stores/call-quality/call-quality-summary';
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

const verdicts: Record<CallVerdictLevel, string> = {
  unknown: 'Too short to judge',
  good: 'Sounded good',
  'some-problems': 'Some problems',
  poor: 'Poor',
};

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
      advice: 'The connection was bad for part of the call. If it keeps happening, try a wired connection.',
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
      advice: `Your computer dropped audio (${percent(dropped)}% of the call): close heavy apps or browser tabs, and plug in a laptop that is on battery.`,
    });
  }
  if (summary.glitches !== null && summary.glitches > localThresholds.glitches) {
    problems.push({
      severity: 'some-problems',
      advice: `Your speaker or headset skipped ${summary.glitches} times. Close heavy apps, or choose another speaker in Settings, Audio.`,
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
      advice:
        'Your headset was disconnected during the call. Check its cable, or its Bluetooth connection and battery, before your next call.',
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
  return { level, verdict: verdicts[level], advice };
}

const notMeasured = 'not measured';

function pair(average: number | null, worst: number | null, format: (value: number) => string): string {
  if (average === null && worst === null) return notMeasured;
  const shown = (value: number | null) => (value === null ? notMeasured : format(value));
  return `${shown(average)} on average, ${shown(worst)} at worst`;
}

/** The figures behind the verdict, as term and description pairs. */
export function describeFigures(summary: CallQualitySummary): [string, string][] {
  const { average, worst } = summary;
  const ms = (value: number) => `${Math.round(value)} ms`;
  const moves = summary.deviceEvents.map((event) => event.message);
  return [
    ['Delay (round trip)', pair(average.roundTripMs, worst.roundTripMs, ms)],
    ['Jitter', pair(average.jitterMs, worst.jitterMs, ms)],
    ['Packets lost', pair(average.lossPercent, worst.lossPercent, (value) => `${percent(value)}%`)],
    ['Estimated score', pair(average.mos, worst.mos, (value) => `${value.toFixed(1)} of 4.5`)],
    [
      'Audio made up by your computer',
      summary.concealedPercent === null ? notMeasured : `${percent(summary.concealedPercent)}% of the call`,
    ],
    ['Speaker skips', summary.glitches === null ? notMeasured : String(summary.glitches)],
    ['Device changes', moves.length === 0 ? 'none' : moves.join(' ')],
    ['Measurements', String(summary.samples)],
  ];
}
