import { describe, expect, it } from 'vitest';
import { trialAccount } from '../../stores/setup/setup-fixtures';
import { accountSummaryText, problemCodeText } from './setup-text';

describe('setup text', () => {
  it('sums up the connected account', () => {
    expect(accountSummaryText(trialAccount)).toBe('Connected to Acme · Trial account · Balance 15.50 USD');
    expect(accountSummaryText({ ...trialAccount, isTrial: false, balance: null, friendlyName: '' })).toBe(
      `Connected to ${trialAccount.sid} · Paid account`,
    );
    // A Standard API key may not read the Account: Twilio did not say whether it is a trial.
    expect(accountSummaryText({ ...trialAccount, isTrial: null, balance: null })).toBe(
      `Connected to ${trialAccount.friendlyName}`,
    );
  });

  it("names Twilio's error code", () => {
    expect(problemCodeText({ code: 21631 })).toBe('Twilio error 21631');
    expect(problemCodeText({ code: null })).toBeNull();
  });
});
