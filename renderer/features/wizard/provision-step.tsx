import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { AllowedCountriesField } from './allowed-countries-field';
import { ProblemAlert, RequestErrorAlert } from './problem-alert';
import { ProvisionChecklist } from './provision-checklist';
import { checklist, provisionAnnouncement, provisionPhase, taskLabels } from './provision-text';
import { WizardButtons, WizardStep } from './wizard-step';

/** Step 5: creates (or finds) everything on Twilio, task by task; safe to run again after a failure. */
export function ProvisionStep() {
  const tasks = useSetupStore((state) => state.setup?.tasks ?? []);
  const busy = useSetupStore(selectors.busy);
  const problem = useSetupStore(selectors.problem);
  const requestError = useSetupStore(selectors.requestError);
  const { goTo, provision } = useSetupStore.getState();
  const phase = provisionPhase(tasks, busy, problem !== null);
  const start = () => !busy && void provision();

  return (
    <WizardStep
      step="provision"
      heading="Set up your phone line"
      intro="Dialtone now creates what your phone line needs on your Twilio account. It takes about a minute."
    >
      <AllowedCountriesField />
      <ProvisionChecklist tasks={checklist(tasks)} labels={taskLabels} />
      <p className="visually-hidden" role="status">
        {provisionAnnouncement(tasks)}
      </p>
      {problem && <ProblemAlert problem={problem} />}
      <RequestErrorAlert message={requestError} />
      {phase === 'failed' && (
        <p className="wizard-note">
          Trying again is safe: Dialtone finds what an earlier try made. Nothing is created twice.
        </p>
      )}
      <WizardButtons onBack={() => void goTo('number')} busy={busy}>
        {phase === 'done' ? (
          <button
            type="button"
            className="button wizard-button"
            aria-disabled={busy || undefined}
            onClick={() => !busy && void goTo('finish')}
          >
            Continue
          </button>
        ) : (
          <button type="button" className="button wizard-button" aria-disabled={busy || undefined} onClick={start}>
            {phase === 'running' ? 'Setting up…' : phase === 'failed' ? 'Try again' : 'Start setup'}
          </button>
        )}
      </WizardButtons>
    </WizardStep>
  );
}
