import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { setupSteps } from '../../../shared/models/twilio-setup';
import { previousStep, stepCountText, stepHeadings, stepNumber, stepProgress } from './wizard-steps';

describe('wizard steps', () => {
  it('has a heading for every step of the shared contract, in its order', () => {
    expect(Object.keys(stepHeadings)).toEqual([...setupSteps]);
    expect(setupSteps.map((step) => translatorFor('en')(stepHeadings[step]))).toEqual([
      'Welcome to Dialtone',
      'Connect your Twilio account',
      'Choose where your calls connect',
      'Choose your phone number',
      'Set up your phone line',
      'Your phone line is ready',
    ]);
  });

  it('numbers the steps from 1 to 6', () => {
    expect(stepNumber('welcome')).toBe(1);
    expect(stepNumber('finish')).toBe(6);
    expect(stepCountText('credentials', translatorFor('en'))).toBe('Step 2 of 6');
    expect(stepCountText('provision', translatorFor('en'))).toBe('Step 5 of 6');
    expect(stepCountText('provision', translatorFor('de'))).toBe('Schritt 5 von 6');
  });

  it('goes back one step, except from the first and the last', () => {
    expect(previousStep('welcome')).toBeNull();
    expect(previousStep('credentials')).toBe('welcome');
    expect(previousStep('number')).toBe('edge');
    expect(previousStep('provision')).toBe('number');
    expect(previousStep('finish')).toBeNull();
  });

  it('marks steps before the current one as done', () => {
    expect(stepProgress('welcome', 'edge')).toBe('done');
    expect(stepProgress('edge', 'edge')).toBe('current');
    expect(stepProgress('finish', 'edge')).toBe('to-do');
  });
});
