import { describe, expect, it } from 'vitest';
import { registrationStateSchema } from '../../../shared/models/registration';
import { registrationRefused } from './registration-outcome';

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
