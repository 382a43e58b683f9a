import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { describeAccountLine } from './describe-account-line';

const t = translatorFor('en');

const account = { id: 'a1', enabled: true, hasPassword: true };

describe('the line state beside an account', () => {
  it('follows the registration of this account', () => {
    expect(describeAccountLine(account, { status: 'registering', accountId: 'a1' }, null, t)).toEqual({
      text: 'Connecting…',
      tone: 'progress',
    });
    expect(
      describeAccountLine(account, { status: 'registered', accountId: 'a1', expiresInSeconds: 60 }, null, t).text,
    ).toBe('Ready');
    const failed = {
      status: 'failed',
      accountId: 'a1',
      reason: 'bad-credentials',
      message: 'Wrong password.',
    } as const;
    expect(describeAccountLine(account, failed, null, t)).toEqual({
      text: 'Not connected: Wrong password.',
      tone: 'error',
    });
  });

  it('says connecting while main has not picked a just-saved account up', () => {
    expect(describeAccountLine(account, { status: 'no-account' }, null, t).tone).toBe('progress');
  });

  it('says when the account is off, has no password, or is not the line in use', () => {
    expect(describeAccountLine({ ...account, enabled: false }, null, null, t).text).toBe('Turned off');
    expect(describeAccountLine({ ...account, hasPassword: false }, null, null, t).text).toMatch(/no password/);
    expect(describeAccountLine(account, { status: 'registering', accountId: 'other' }, null, t).text).toMatch(
      /^Not in use/,
    );
  });

  it('says something true before main has answered', () => {
    expect(describeAccountLine(account, null, null, t).text).toBe('Checking phone line…');
    expect(describeAccountLine(account, null, 'x', t).tone).toBe('error');
  });

  it('says it in French', () => {
    const fr = translatorFor('fr');
    expect(describeAccountLine({ ...account, enabled: false }, null, null, fr).text).toBe('Désactivé');
    expect(describeAccountLine(account, { status: 'registering', accountId: 'other' }, null, fr).text).toBe(
      'Non utilisé : un autre compte est la ligne téléphonique',
    );
  });
});
