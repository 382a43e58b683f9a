import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { trialAccount } from '../../stores/setup/setup-fixtures';
import { intlFor } from '../../i18n/active-intl';
import { accountSummaryText, problemCodeText } from './setup-text';

const en = intlFor('en');

describe('setup text', () => {
  it('sums up the connected account', () => {
    expect(accountSummaryText(trialAccount, en)).toBe('Connected to Acme · Trial account · Balance $15.50');
    expect(accountSummaryText({ ...trialAccount, isTrial: false, balance: null, friendlyName: '' }, en)).toBe(
      `Connected to ${trialAccount.sid} · Paid account`,
    );
    // A Standard API key may not read the Account: Twilio did not say whether it is a trial.
    expect(accountSummaryText({ ...trialAccount, isTrial: null, balance: null }, en)).toBe(
      `Connected to ${trialAccount.friendlyName}`,
    );
  });

  it("names Twilio's error code", () => {
    expect(problemCodeText({ code: 21631 }, translatorFor('en'))).toBe('Twilio error 21631');
    expect(problemCodeText({ code: null }, translatorFor('en'))).toBeNull();
    expect(problemCodeText({ code: 21631 }, translatorFor('es'))).toBe('Error de Twilio 21631');
  });

  it('sums up the account in French, the balance written the French way', () => {
    expect(accountSummaryText(trialAccount, intlFor('fr'))).toBe(
      'Connecté à Acme · Compte d’essai · Solde 15,50\u00a0$US',
    );
  });
});
