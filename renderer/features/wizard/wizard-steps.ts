import { setupSteps, type SetupStep } from '../../../shared/models/twilio-setup-names';

/** Each step's h1: screen readers announce it when it takes focus. */
export const stepHeadings: Readonly<Record<SetupStep, string>> = {
  welcome: 'Welcome to Dialtone',
  credentials: 'Connect your Twilio account',
  edge: 'Choose where your calls connect',
  number: 'Choose your phone number',
  provision: 'Set up your phone line',
  finish: 'Your phone line is ready',
};

/** Short names for the progress list. */
export const stepNames: Readonly<Record<SetupStep, string>> = {
  welcome: 'Welcome',
  credentials: 'Twilio account',
  edge: 'Location',
  number: 'Phone number',
  provision: 'Set up',
  finish: 'Ready',
};

/** 1 for welcome … 6 for finish. */
export function stepNumber(step: SetupStep): number {
  return setupSteps.indexOf(step) + 1;
}

/** "Step 2 of 6". */
export function stepCountText(step: SetupStep): string {
  return `Step ${stepNumber(step)} of ${setupSteps.length}`;
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
