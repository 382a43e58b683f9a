import type { SetupStep } from '../../../shared/models/twilio-setup';
import { setupSteps } from '../../../shared/models/twilio-setup-names';
import { useT } from '../../i18n/use-t';
import { stepNames, stepProgress } from './wizard-steps';

/** The steps as a row of dots and names; the current one is marked for screen readers too. */
export function WizardProgressList({ current }: { current: SetupStep }) {
  const t = useT();
  return (
    <ol className="wizard-progress-list" aria-label={t('wizard.progressLabel')}>
      {setupSteps.map((step) => {
        const progress = stepProgress(step, current);
        return (
          <li
            key={step}
            className={`wizard-progress-list__item wizard-progress-list__item--${progress}`}
            aria-current={progress === 'current' ? 'step' : undefined}
          >
            <span className="wizard-progress-list__dot" aria-hidden="true" />
            {t(stepNames[step])}
            {progress === 'done' && <span className="visually-hidden">{t('wizard.stepDone')}</span>}
          </li>
        );
      })}
    </ol>
  );
}
