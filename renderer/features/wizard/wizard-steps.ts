import { setupSteps, type SetupStep } from '../../../shared/models/twilio-setup-names';
import type { MessageId } from '../../i18n/locale-messages';
import type { Translate } from '../../i18n/message-values';

/** Each step's h1: screen readers announce it when it takes focus. */
export const stepHeadings: Readonly<Record<SetupStep, MessageId>> = {
  welcome: 'wizard.stepHeadingWelcome',
  credentials: 'wizard.stepHeadingCredentials',
  edge: 'wizard.stepHeadingEdge',
  number: 'wizard.stepHeadingNumber',
  provision: 'wizard.stepHeadingProvision',
  finish: 'wizard.stepHeadingFinish',
};

/** Short names for the progress list. */
export const stepNames: Readonly<Record<SetupStep, MessageId>> = {
  welcome: 'wizard.stepNameWelcome',
  credentials: 'wizard.stepNameCredentials',
  edge: 'wizard.stepNameEdge',
  number: 'wizard.stepNameNumber',
  provision: 'wizard.stepNameProvision',
  finish: 'wizard.stepNameFinish',
};

/** 1 for welcome … 6 for finish. */
export function stepNumber(step: SetupStep): number {
  return setupSteps.indexOf(step) + 1;
}

/** "Step 2 of 6". */
export function stepCountText(step: SetupStep, t: Translate): string {
  return t('wizard.stepCount', { number: stepNumber(step), total: setupSteps.length });
}

/** Where Back goes; null on the first step and on finish (the line exists, there is no going back). */
export function previousStep(step: SetupStep): SetupStep | null {
  if (step === 'welcome' || step === 'finish') return null;
  return setupSteps[setupSteps.indexOf(step) - 1] ?? null;
}

/** Whether a step comes before the current one (done), is it, or is still to come. */
export function stepProgress(step: SetupStep, current: SetupStep): 'done' | 'current' | 'to-do' {
  const difference = stepNumber(step) - stepNumber(current);
  return difference < 0 ? 'done' : difference === 0 ? 'current' : 'to-do';
}
