import { describe, expect, it } from 'vitest';
import { describeRegistration, describeUnknownRegistration } from './describe-registration';

describe('describeRegistration', () => {
  it('says something plain for every status', () => {
    expect(describeRegistration({ status: 'no-account' }).text).toBe('No phone line yet');
    expect(describeRegistration({ status: 'unregistered', accountId: 'a' }).text).toBe('Offline');
    expect(describeRegistration({ status: 'registering', accountId: 'a' }).text).toBe('Connecting…');
    expect(describeRegistration({ status: 'registered', accountId: 'a', expiresInSeconds: 60 })).toEqual({
      text: 'Ready',
      tone: 'ok',
    });
    expect(
      describeRegistration({
        status: 'failed',
        accountId: 'a',
        reason: 'bad-credentials',
        message: 'The password was refused. Check it in Settings.',
      }),
    ).toEqual({ text: 'Not connected: The password was refused. Check it in Settings.', tone: 'error' });
  });

  it('distinguishes still checking from could not check', () => {
    expect(describeUnknownRegistration(null).tone).toBe('progress');
    expect(describeUnknownRegistration('Restart Dialtone.').tone).toBe('error');
  });
});
