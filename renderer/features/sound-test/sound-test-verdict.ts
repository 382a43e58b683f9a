import type { CallSnapshot } from '../../../shared/models/call';
import type { Translate } from '../../i18n/message-values';

type Levels = NonNullable<CallSnapshot['soundTest']>;

/** What the microphone levels mean, in words a person can act on. */
export function soundTestVerdict(
  levels: Pick<Levels, 'peakDbfs' | 'averageDbfs'>,
  t: Translate,
): {
  tone: 'good' | 'problem';
  text: string;
} {
  const { peakDbfs, averageDbfs } = levels;
  if (peakDbfs === null || averageDbfs === null || peakDbfs < -45) {
    return { tone: 'problem', text: t('soundTest.verdictSilent') };
  }
  if (peakDbfs > -1) return { tone: 'problem', text: t('soundTest.verdictTooLoud') };
  if (peakDbfs < -30) return { tone: 'problem', text: t('soundTest.verdictQuiet') };
  return { tone: 'good', text: t('soundTest.verdictGood') };
}

const phaseMessages = {
  prompt: 'soundTest.phasePrompt',
  recording: 'soundTest.phaseRecording',
  playback: 'soundTest.phasePlayback',
  done: 'soundTest.phaseDone',
} as const satisfies Record<Levels['phase'], string>;

/** Where the sound test is, for a status line. */
export function soundTestPhaseText(phase: Levels['phase'], t: Translate): string {
  return t(phaseMessages[phase]);
}
