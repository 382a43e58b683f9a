import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { SetupStep } from '../../../shared/models/twilio-setup';
import { useT } from '../../i18n/use-t';
import { stepCountText } from './wizard-steps';

interface WizardStepProps {
  /** The step counted in "Step 2 of 6"; null for the other-SIP-server screens, which are not counted. */
  step: SetupStep | null;
  heading: string;
  /** One sentence under the heading; the section is described by it. */
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * One screen of the wizard. Its h1 takes focus when the screen appears, so screen readers announce
 * the new step and Tab starts from the top of it.
 */
export function WizardStep({ step, heading, intro, children }: WizardStepProps) {
  const headingId = useId();
  const introId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const t = useT();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section
      className="wizard-step"
      aria-labelledby={headingId}
      aria-describedby={intro !== undefined ? introId : undefined}
    >
      {step && <p className="wizard-step__count">{stepCountText(step, t)}</p>}
      <h1 id={headingId} ref={headingRef} className="wizard-step__heading" tabIndex={-1}>
        {heading}
      </h1>
      {intro !== undefined && (
        <p id={introId} className="wizard-step__intro">
          {intro}
        </p>
      )}
      {children}
    </section>
  );
}

interface WizardButtonsProps {
  /** Back, when the step has one. */
  onBack?: () => void;
  busy: boolean;
  children?: ReactNode;
}

/** The row at the bottom of a step: Back on the left, the way forward on the right. */
export function WizardButtons({ onBack, busy, children }: WizardButtonsProps) {
  const t = useT();
  return (
    <div className="wizard-buttons">
      {onBack && (
        <button
          type="button"
          className="secondary-button wizard-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && onBack()}
        >
          {t('wizard.back')}
        </button>
      )}
      <div className="wizard-buttons__forward">{children}</div>
    </div>
  );
}

/** While main works: a spinner and what it is doing, announced politely. */
export function WizardProgress({ busy, text }: { busy: boolean; text: string }) {
  return (
    <p className="wizard-progress" role="status">
      {busy && (
        <>
          <span className="spinner spinner--small" aria-hidden="true" />
          {text}
        </>
      )}
    </p>
  );
}
