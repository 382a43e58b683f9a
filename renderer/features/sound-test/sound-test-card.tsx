import { useId } from 'react';
import type { CallSnapshot } from '../../../shared/models/call';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { soundTestPhaseText, soundTestVerdict } from './sound-test-verdict';
import './sound-test-card.css';

function Levels({ test }: { test: NonNullable<CallSnapshot['soundTest']> }) {
  if (test.peakDbfs === null) return null;
  const verdict = soundTestVerdict(test);
  return (
    <p className={`sound-test__verdict sound-test__verdict--${verdict.tone}`}>
      {verdict.text}{' '}
      <span className="sound-test__figures">
        (loudest {test.peakDbfs} dBFS, average {test.averageDbfs} dBFS)
      </span>
    </p>
  );
}

/**
 * Skype's echo service, Dialtone style: the first thing to try after installing, with no account
 * needed. It plays instructions, records a few seconds of the microphone and plays them back.
 */
export function SoundTestCard() {
  const headingId = useId();
  const running = useCallsStore(selectors.soundTest);
  const last = useCallsStore(selectors.lastSoundTest);
  const { dial, hangUp } = useCallsStore.getState();
  const shown = running ?? last;

  return (
    <section className="sound-test" aria-labelledby={headingId}>
      <h2 id={headingId} className="sound-test__title">
        Sound test
      </h2>
      {running?.soundTest ? (
        <>
          <p className="sound-test__phase" role="status">
            {soundTestPhaseText[running.soundTest.phase]}
          </p>
          <Levels test={running.soundTest} />
          <button type="button" className="sound-test__button" onClick={() => void hangUp(running.id)}>
            Stop sound test
          </button>
        </>
      ) : (
        <>
          <p className="sound-test__intro">
            Check your headset before your first call: Dialtone plays a short message, records you for 8 seconds and
            plays it back. No account needed.
          </p>
          {shown?.soundTest && <Levels test={shown.soundTest} />}
          <button type="button" className="sound-test__button" onClick={() => void dial('sound-test')}>
            {shown ? 'Test again' : 'Start sound test'}
          </button>
        </>
      )}
    </section>
  );
}
