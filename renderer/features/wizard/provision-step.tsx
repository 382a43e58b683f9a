import { useT } from '../../i18n/use-t';
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
  const t = useT();

  return (
    <WizardStep step="provision" heading={t('wizard.stepHeadingProvision')} intro={t('wizard.provisionIntro')}>
      <AllowedCountriesField />
      <ProvisionChecklist tasks={checklist(tasks)} labels={taskLabels(t)} />
      <p className="visually-hidden" role="status">
        {provisionAnnouncement(tasks, t)}
      </p>
      {problem && <ProblemAlert problem={problem} />}
      <RequestErrorAlert message={requestError} />
      {phase === 'failed' && <p className="wizard-note">{t('wizard.provisionRetrySafe')}</p>}
      <WizardButtons onBack={() => void goTo('number')} busy={busy}>
        {phase === 'done' ? (
          <button
            type="button"
            className="button wizard-button"
            aria-disabled={busy || undefined}
            onClick={() => !busy && void goTo('finish')}
          >
            {t('wizard.continue')}
          </button>
        ) : (
          <button type="button" className="button wizard-button" aria-disabled={busy || undefined} onClick={start}>
            {phase === 'running'
              ? t('wizard.provisionSettingUp')
              : phase === 'failed'
                ? t('wizard.provisionTryAgain')
                : t('wizard.provisionStart')}
          </button>
        )}
      </WizardButtons>
    </WizardStep>
  );
}
