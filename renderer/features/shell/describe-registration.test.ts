import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translate-test-kit';
import { describeRegistration, describeUnknownRegistration } from './describe-registration';

const t = translatorFor('en');

describe('describeRegistration', () => {
  it('says something plain for every status', () => {
    expect(describeRegistration({ status: 'no-account' }, t).text).toBe('No phone line yet');
    expect(describeRegistration({ status: 'unregistered', accountId: 'a' }, t).text).toBe('Offline');
    expect(describeRegistration({ status: 'registering', accountId: 'a' }, t).text).toBe('Connecting…');
    expect(describeRegistration({ status: 'registered', accountId: 'a', expiresInSeconds: 60 }, t)).toEqual({
      text: 'Ready',
      tone: 'ok',
    });
    expect(
      describeRegistration(
        {
          status: 'failed',
          accountId: 'a',
          reason: 'bad-credentials',
          message: 'The password was refused. Check it in Settings.',
        },
        t,
      ),
    ).toEqual({ text: 'Not connected: The password was refused. Check it in Settings.', tone: 'error' });
  });

  it('says main’s words for a failure in the app’s language, and an error’s own text as it came', () => {
    const failed = { status: 'failed', accountId: 'a', reason: 'bad-credentials' } as const;
    const refused = {
      ...failed,
      message: 'English',
      words: { id: 'calls.registrationBadCredentials', values: { status: 403 } },
    } as const;
    expect(describeRegistration(refused, t).text).toBe(
      'Not connected: The SIP server refused the user name or password (403). Check them in the account settings.',
    );
    expect(describeRegistration(refused, translatorFor('de')).text).toMatch(/\(403\)/);
    expect(describeRegistration(refused, translatorFor('de')).text).not.toMatch(/refused|English/);
    expect(describeRegistration({ ...failed, message: 'connect ECONNREFUSED' }, translatorFor('fr')).text).toMatch(
      /ECONNREFUSED$/,
    );
  });

  it('says it in the app’s language', () => {
    const fr = translatorFor('fr');
    expect(describeRegistration({ status: 'registered', accountId: 'a', expiresInSeconds: 60 }, fr).text).toBe('Prêt');
    expect(describeUnknownRegistration(null, translatorFor('es')).text).toBe('Comprobando la línea…');
  });

  it('distinguishes still checking from could not check', () => {
    expect(describeUnknownRegistration(null, t).tone).toBe('progress');
    expect(describeUnknownRegistration('Restart Dialtone.', t).tone).toBe('error');
  });
});
