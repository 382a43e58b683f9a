import { describe, expect, it } from 'vitest';
import { registrationStateSchema } from '../../../shared/models/registration';
import { createTransportError } from '../transport/transport-error';
import { registrationRefused, registrationUnreachable } from './registration-outcome';

describe('a REGISTER refused by the server', () => {
  it('keeps a hostile reason phrase readable and within the contract', () => {
    const outcome = registrationRefused(503, `Busy\r\nX-Injected: 1 ${'z'.repeat(600)}`);
    expect(outcome).toMatchObject({ status: 'failed', reason: 'server-error' });
    const state = { ...outcome, accountId: 'a1' };
    expect(registrationStateSchema.safeParse(state).success).toBe(true);
    expect(JSON.stringify(outcome)).not.toMatch(/\r|\n/);
    expect(outcome.status === 'failed' && outcome.message).toMatch(
      /^The SIP server could not register this phone \(503 Busy X-Injected: 1 z+…\)/,
    );
  });
});

describe('what a person reads about a failed registration', () => {
  it('says the server’s refusal in Dialtone’s words, with the status and the server’s reason phrase as values', () => {
    expect(registrationRefused(403, 'Forbidden')).toEqual({
      status: 'failed',
      reason: 'bad-credentials',
      message: 'The SIP server refused the user name or password (403). Check them in the account settings.',
      words: { id: 'calls.registrationBadCredentials', values: { status: 403 } },
    });
    expect(registrationRefused(500, 'Oops')).toMatchObject({
      words: { id: 'calls.registrationServerError', values: { status: 500, reason: 'Oops' } },
    });
  });

  it('passes on a transport error’s words, and an unknown error’s own text as it is', () => {
    const certificate = createTransportError('tls-certificate', 'pbx.example.com:5061', 'CERT_HAS_EXPIRED');
    expect(registrationUnreachable(certificate)).toMatchObject({
      reason: 'tls',
      words: { id: 'calls.sipCertificateExpired' },
      message: certificate.message,
    });
    const refused = registrationUnreachable(createTransportError('refused', 'pbx.example.com:5061', 'ECONNREFUSED'));
    expect(refused).toMatchObject({
      reason: 'unreachable',
      words: { id: 'calls.sipServerRefused', values: { server: 'pbx.example.com:5061' } },
    });
    const foreign = registrationUnreachable(new Error('socket hang up'));
    expect(foreign).toEqual({ status: 'failed', reason: 'unreachable', message: 'socket hang up' });
    expect(registrationStateSchema.safeParse({ ...refused, accountId: 'a1' }).success).toBe(true);
    expect(registrationUnreachable(undefined)).toMatchObject({ words: { id: 'calls.registrationUnreachable' } });
  });
});
