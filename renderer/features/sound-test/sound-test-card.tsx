import { useId } from 'react';
import type { CallSnapshot } from '../../../shared/models/call';
import { useT } from '../../i18n/use-t';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { soundTestPhaseText, soundTestVerdict } from './sound-test-verdict';
import './sound-test-card.css';

function Levels({ test }: { test: NonNullable<CallSnapshot['soundTest']> }) {
  const t = useT();
  if (test.peakDbfs === null) return null;
  const verdict = soundTestVerdict(test, t);
  return (
    <p className={`sound-test__verdict sound-test__verdict--${verdict.tone}`}>
      {verdict.text}
      <span className="sound-test__figures">
        {t('soundTest.figures', { peak: test.peakDbfs, average: test.averageDbfs })}
      </span>
    </p>
  );
}

/**
 * Skype's echo service, Dialtone style: the first thing to try after installing, with no account
 * needed. It plays instructions, records a few seconds of the microphone and plays them back.
 */
export function SoundTestCard() {
  const t = useT();
  const headingId = useId();
  const running = useCallsStore(selectors.soundTest);
  const last = useCallsStore(selectors.lastSoundTest);
  const { dial, hangUp } = useCallsStore.getState();
  const shown = running ?? last;

  return (
    <section className="sound-test" aria-labelledby={headingId}>
      <h2 id={headingId} className="sound-test__title">
        {t('soundTest.heading')}
      </h2>
      {running?.soundTest ? (
        <>
          <p className="sound-test__phase" role="status">
            {soundTestPhaseText(running.soundTest.phase, t)}
          </p>
          <Levels test={running.soundTest} />
          <button type="button" className="sound-test__button" onClick={() => void hangUp(running.id)}>
            {t('soundTest.stop')}
          </button>
        </>
      ) : (
        <>
          <p className="sound-test__intro">{t('soundTest.intro')}</p>
          {shown?.soundTest && <Levels test={shown.soundTest} />}
          <button type="button" className="sound-test__button" onClick={() => void dial('sound-test')}>
            {shown ? t('soundTest.again') : t('soundTest.start')}
          </button>
        </>
      )}
    </section>
  );
}
