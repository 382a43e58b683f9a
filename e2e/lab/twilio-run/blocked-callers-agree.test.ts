// What Dialtone shows as blocked (shared/models/blocked-callers.ts) is what the inbound Function rejects: the
// same callers and entries through both, the Function's handler run in this process with the variables.
import { describe, expect, test } from 'vitest';
import { blockingEntry } from '../../../shared/models/blocked-callers';
import { phoneCall, runInProcess } from './twilio-run-test-kit';

const entries = ['+447700900123', '+1900*', '+3361*', 'withheld'];
const callers = [
  '+447700900123',
  '+447700900124',
  '+19005550123',
  '+19015550123',
  '+33612345678',
  'Anonymous',
  'Restricted',
  '',
  '+266696687',
  '+8656696',
  'sip:alice@example.com',
  '+15125550100',
];

describe('blocked callers, as Dialtone shows them and as the inbound Function decides', () => {
  test.each([
    ['with withheld callers blocked', entries],
    ['without', entries.filter((entry) => entry !== 'withheld')],
  ])('agree for every caller, %s', (_what, list) => {
    const env = { DIALTONE_BLOCKED_1: list.join(',') };
    const rejected = callers.filter((from) =>
      runInProcess('inbound', env, phoneCall({ From: from })).includes('<Reject'),
    );
    const shownBlocked = callers.filter((from) => blockingEntry(from, list) !== null);
    expect(shownBlocked).toEqual(rejected);
    expect(rejected.length).toBeGreaterThan(2);
  });
});
