import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTwilioDouble, type DoubleAccount, type TwilioDouble } from '../../e2e/lab/twilio-double';
import { createMemoryLogger } from '../logging/logger';
import { connectInbox, type InboxApi } from '../twilio/inbox-api';

/** A full account at the double owning `number`; `letter` keeps each test file's SID and token apart. */
export function accountWithLine(letter: string, number: string, overrides: Partial<DoubleAccount> = {}): DoubleAccount {
  return {
    sid: `AC${letter.repeat(32)}`,
    authToken: `0${letter}${'f'.repeat(30)}`,
    friendlyName: `Dialtone ${letter}`,
    type: 'Full',
    balance: '20.00',
    currency: 'USD',
    ownedNumbers: [{ phoneNumber: number }],
    ...overrides,
  };
}

/**
 * The Twilio double behind Prism for one test file's account, started before its tests. After each
 * test, no request or answer broke Twilio's contract and no log line holds the auth token.
 * `connect()` is the API main builds for the account, without retries.
 */
export function twilioDoubleFor(account: DoubleAccount) {
  let started: TwilioDouble | undefined;
  const logger = createMemoryLogger();
  const double = (): TwilioDouble => {
    if (!started) throw new Error('The Twilio double has not started');
    return started;
  };

  beforeAll(async () => {
    started = await startTwilioDouble({ accounts: [account] });
  }, 30_000);
  afterAll(() => started?.stop());
  afterEach(() => {
    double().assertNoValidationErrors();
    expect(JSON.stringify(logger.records)).not.toContain(account.authToken);
  });

  return {
    logger,
    double,
    connect: (): InboxApi =>
      connectInbox(
        { accountSid: account.sid, username: account.sid, password: account.authToken },
        double().endpoints,
        { logger, retry: { maxRetries: 0, maxRetryDelayMs: 1 } },
      ),
  };
}
