import { useId, useState, type FormEvent } from 'react';
import { toDialTarget } from '../../../shared/phone/phone-number';
import { useIntl } from 'react-intl';
import { dialProblemText } from '../../i18n/dial-problem-text';
import { useT } from '../../i18n/use-t';
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
  const t = useT();
  const intl = useIntl();
  const check = toDialTarget(mobile, country);
  const mobileError =
    !attempted || check.ok
      ? undefined
      : mobile.trim() === ''
        ? t('wizard.testCallMobileEmpty')
        : dialProblemText(check, intl);

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
        {t('wizard.testCallTitle')}
      </h2>
      <p className="wizard-note">{t('wizard.testCallIntro')}</p>
      {soundTest?.soundTest ? (
        <div className="wizard-test-call">
          <p role="status">{soundTestPhaseText(soundTest.soundTest.phase, t)}</p>
          <button type="button" className="secondary-button wizard-button" onClick={() => void hangUp(soundTest.id)}>
            {t('wizard.testCallStopSoundTest')}
          </button>
        </div>
      ) : (
        <button type="button" className="secondary-button wizard-button" onClick={() => void dial('sound-test')}>
          {t('wizard.testCallSoundTest')}
        </button>
      )}
      <form className="wizard-form wizard-test-call__mobile" noValidate onSubmit={(event) => void callMobile(event)}>
        <InputField
          name="mobile"
          label={t('wizard.testCallMobileLabel')}
          inputMode="tel"
          autoComplete="tel"
          hint={trial ? t('wizard.testCallMobileHintTrial') : t('wizard.testCallMobileHint')}
          value={mobile}
          error={mobileError}
          onChange={setMobile}
        />
        <button type="submit" className="secondary-button wizard-button" aria-disabled={placing || undefined}>
          {placing ? t('wizard.testCallCalling') : t('wizard.testCallCallMobile')}
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
