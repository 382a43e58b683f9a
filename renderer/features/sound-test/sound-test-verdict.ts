import type { CallSnapshot } from '../../../shared/models/call';

type Levels = NonNullable<CallSnapshot['soundTest']>;

/** What the microphone levels mean, in words a person can act on. */
export function soundTestVerdict(levels: Pick<Levels, 'peakDbfs' | 'averageDbfs'>): {
  tone: 'good' | 'problem';
  text: string;
} {
  const { peakDbfs, averageDbfs } = levels;
  if (peakDbfs === null || averageDbfs === null || peakDbfs < -45) {
    return {
      tone: 'problem',
      text: 'We heard almost nothing. Check that the right microphone is chosen in Settings and that it is not muted.',
    };
  }
  if (peakDbfs > -1) {
    return {
      tone: 'problem',
      text: 'Your microphone is too loud and distorts. Lower its input volume in your system settings.',
    };
  }
  if (peakDbfs < -30) {
    return {
      tone: 'problem',
      text: 'Your microphone is quiet. Move it closer, or raise its input volume in your system settings.',
    };
  }
  return { tone: 'good', text: 'Your microphone sounds good.' };
}

export const soundTestPhaseText: Record<Levels['phase'], string> = {
  prompt: 'Listen to the instructions…',
  recording: 'Recording: say a few words now.',
  playback: 'Playing back what you said.',
  done: 'Sound test finished.',
};
