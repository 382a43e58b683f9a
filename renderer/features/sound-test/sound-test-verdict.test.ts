import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { soundTestPhaseText, soundTestVerdict } from './sound-test-verdict';

const t = translatorFor('en');

describe('sound test verdict', () => {
  it.each([
    [{ peakDbfs: -6, averageDbfs: -24 }, 'good', /sounds good/],
    [{ peakDbfs: -0.2, averageDbfs: -12 }, 'problem', /too loud/],
    [{ peakDbfs: -35, averageDbfs: -50 }, 'problem', /quiet/],
    [{ peakDbfs: -80, averageDbfs: -90 }, 'problem', /almost nothing/],
    [{ peakDbfs: null, averageDbfs: null }, 'problem', /almost nothing/],
  ] as const)('%o is %s', (levels, tone, text) => {
    const verdict = soundTestVerdict(levels, t);
    expect(verdict.tone).toBe(tone);
    expect(verdict.text).toMatch(text);
  });

  it('speaks the app’s language', () => {
    expect(soundTestVerdict({ peakDbfs: -6, averageDbfs: -24 }, translatorFor('de'))).toEqual({
      tone: 'good',
      text: 'Ihr Mikrofon klingt gut.',
    });
    expect(soundTestPhaseText('recording', t)).toBe('Recording: say a few words now.');
    expect(soundTestPhaseText('done', translatorFor('es'))).toBe('Prueba de sonido terminada.');
  });
});
