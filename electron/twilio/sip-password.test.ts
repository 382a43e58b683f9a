import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSipPassword, meetsTwilioPasswordRules } from './sip-password';

describe('generateSipPassword', () => {
  it('always meets Twilio’s rules, with at least 20 characters of letters and digits', () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const password = generateSipPassword();
        expect(password.length).toBeGreaterThanOrEqual(20);
        expect(password).toMatch(/^[A-Za-z0-9]+$/);
        expect(meetsTwilioPasswordRules(password)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not repeat itself', () => {
    const passwords = new Set(Array.from({ length: 500 }, generateSipPassword));
    expect(passwords.size).toBe(500);
  });

  it('checks the rules', () => {
    expect(meetsTwilioPasswordRules('IWasAtSignal2018')).toBe(true);
    expect(meetsTwilioPasswordRules('short1A')).toBe(false);
    expect(meetsTwilioPasswordRules('alllowercase123')).toBe(false);
    expect(meetsTwilioPasswordRules('NoDigitsAtAllHere')).toBe(false);
  });
});
