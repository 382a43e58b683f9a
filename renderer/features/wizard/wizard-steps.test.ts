import { describe, expect, it } from 'vitest';
import { setupSteps } from '../../../shared/models/twilio-setup';
import { previousStep, stepCountText, stepHeadings, stepNumber, stepProgress } from './wizard-steps';

describe('wizard steps', () => {
  it('has a heading for every step of the shared contract, in its order', () => {
    expect(Object.keys(stepHeadings)).toEqual([...setupSteps]);
  });

  it('numbers the steps from 1 to 6', () => {
    expect(stepNumber('welcome')).toBe(1);
    expect(stepNumber('finish')).toBe(6);
    expect(stepCountText('credentials')).toBe('Step 2 of 6');
    expect(stepCountText('provision')).toBe('Step 5 of 6');
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
