import type { SetupStep } from '../../../shared/models/twilio-setup';
import { setupSteps } from '../../../shared/models/twilio-setup-names';
import { stepNames, stepProgress } from './wizard-steps';

/** The steps as a row of dots and names; the current one is marked for screen readers too. */
export function WizardProgressList({ current }: { current: SetupStep }) {
  return (
    <ol className="wizard-progress-list" aria-label="Setup steps">
      {setupSteps.map((step) => {
        const progress = stepProgress(step, current);
        return (
          <li
            key={step}
            className={`wizard-progress-list__item wizard-progress-list__item--${progress}`}
            aria-current={progress === 'current' ? 'step' : undefined}
          >
            <span className="wizard-progress-list__dot" aria-hidden="true" />
            {stepNames[step]}
            {progress === 'done' && <span className="visually-hidden"> (done)</span>}
          </li>
        );
      })}
    </ol>
  );
}
