import { useId, useState, type FormEvent } from 'react';
import { toDialTarget } from '../../../shared/phone/phone-number';
import { selectors as callSelectors, useCallsStore } from '../../stores/calls/calls.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { soundTestPhaseText } from '../sound-test/sound-test-verdict';
import { InputField } from './wizard-fields';

/** The first calls on the new line: the sound test, or the person's own mobile. */
export function TestCall({ trial }: { trial: boolean }) {
  const headingId = useId();
  const country = useSettingsStore(countryOf);
  const soundTest = useCallsStore(callSelectors.soundTest);
  const dialError = useCallsStore(callSelectors.errorFor('dial'));
  const { dial, hangUp } = useCallsStore.getState();
  const [mobile, setMobile] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [placing, setPlacing] = useState(false);
  const check = toDialTarget(mobile, country);
  const mobileError =
    !attempted || check.ok ? undefined : mobile.trim() === '' ? 'Type your mobile number first.' : check.message;

  async function callMobile(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!check.ok || placing) return;
    setPlacing(true);
    await dial(check.target);
    setPlacing(false);
  }

  return (
    <section className="wizard-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="wizard-panel__title">
        Make a test call
      </h2>
      <p className="wizard-note">
        The sound test plays a short message, records you for 8 seconds and plays it back. Or call your mobile: it shows
        your new number. You can also call your new number from your mobile, and Dialtone rings here.
      </p>
      {soundTest?.soundTest ? (
        <div className="wizard-test-call">
          <p role="status">{soundTestPhaseText[soundTest.soundTest.phase]}</p>
          <button type="button" className="secondary-button wizard-button" onClick={() => void hangUp(soundTest.id)}>
            Stop sound test
          </button>
        </div>
      ) : (
        <button type="button" className="secondary-button wizard-button" onClick={() => void dial('sound-test')}>
          Call the sound test
        </button>
      )}
      <form className="wizard-form wizard-test-call__mobile" noValidate onSubmit={(event) => void callMobile(event)}>
        <InputField
          name="mobile"
          label="Your mobile number"
          inputMode="tel"
          autoComplete="tel"
          hint={
            trial
              ? 'On a trial account, only numbers verified in the Twilio Console can be called.'
              : 'In any format; numbers without + are read as numbers in your default country.'
          }
          value={mobile}
          error={mobileError}
          onChange={setMobile}
        />
        <button type="submit" className="secondary-button wizard-button" aria-disabled={placing || undefined}>
          {placing ? 'Calling…' : 'Call my mobile'}
        </button>
      </form>
      {dialError && (
        <p className="account-form__refusal" role="alert">
          {dialError.message}
        </p>
      )}
    </section>
  );
}
