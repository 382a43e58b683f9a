import { useId, useState, type FormEvent } from 'react';
import { twilioEdges, type TwilioEdge } from '../../../shared/models/twilio-setup-names';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { WizardButtons, WizardProgress, WizardStep } from './wizard-step';

/** Each Twilio location, named in the app's language. */
const edgeNameIds: Readonly<Record<TwilioEdge, MessageId>> = {
  ashburn: 'wizard.edgeAshburn',
  umatilla: 'wizard.edgeUmatilla',
  dublin: 'wizard.edgeDublin',
  frankfurt: 'wizard.edgeFrankfurt',
  singapore: 'wizard.edgeSingapore',
  tokyo: 'wizard.edgeTokyo',
  sydney: 'wizard.edgeSydney',
  'sao-paulo': 'wizard.edgeSaoPaulo',
};

/** Step 3: the Twilio edge location the phone connects through; the nearest is suggested. */
export function EdgeStep() {
  const hintId = useId();
  const setup = useSetupStore(selectors.setup);
  const busy = useSetupStore(selectors.busy);
  const pending = useSetupStore(selectors.pending);
  const problem = useSetupStore(selectors.problem);
  const requestError = useSetupStore(selectors.requestError);
  const { goTo, setEdge } = useSetupStore.getState();
  const suggested = setup?.suggestedEdge ?? 'ashburn';
  const t = useT();
  const [edge, setChosen] = useState<TwilioEdge>(() => setup?.edge ?? suggested);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) void setEdge(edge);
  }

  return (
    <WizardStep step="edge" heading={t('wizard.stepHeadingEdge')}>
      <form className="wizard-form" onSubmit={submit}>
        <fieldset className="account-form__field account-form__choice" aria-describedby={hintId}>
          <legend className="account-form__label">{t('wizard.edgeLegend')}</legend>
          <p className="account-form__hint" id={hintId}>
            {t('wizard.edgeHint')}
          </p>
          <div className="wizard-radios">
            {twilioEdges.map((option) => (
              <label key={option} className="settings-radio wizard-radio">
                <input
                  type="radio"
                  name="edge"
                  value={option}
                  checked={edge === option}
                  onChange={() => setChosen(option)}
                />
                {t(edgeNameIds[option])}
                {option === suggested && <span className="wizard-tag">{t('wizard.edgeSuggested')}</span>}
              </label>
            ))}
          </div>
        </fieldset>
        {problem && <ProblemAlert problem={problem} />}
        <RequestErrorAlert message={requestError} />
        <WizardProgress busy={pending !== null} text={t('wizard.saving')} />
        <WizardButtons onBack={() => void goTo('credentials')} busy={busy}>
          <button type="submit" className="button wizard-button" aria-disabled={busy || undefined}>
            {t('wizard.continue')}
          </button>
        </WizardButtons>
      </form>
    </WizardStep>
  );
}
