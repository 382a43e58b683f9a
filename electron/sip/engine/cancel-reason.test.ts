import { describe, expect, test } from 'vitest';
import { cancelledBecauseAnsweredElsewhere } from './cancel-reason';

describe('cancelledBecauseAnsweredElsewhere', () => {
  test.each([
    ['Kamailio and Asterisk', ['SIP;cause=200;text="Call completed elsewhere"']],
    ['without text, other spacing and case', ['sip ; Cause = 200']],
    ['after a Q.850 value in the same header', ['Q.850;cause=16;text="Normal call clearing", SIP;cause=200']],
    ['in the second Reason header', ['Q.850;cause=16', 'SIP;cause=200;text="Call completed elsewhere"']],
    ['with text first', ['SIP;text="Call completed elsewhere";cause=200']],
  ])('yes: %s', (_, headers) => {
    expect(cancelledBecauseAnsweredElsewhere(headers)).toBe(true);
  });

  test.each([
    ['no Reason header', []],
    ['the caller gave up', ['SIP;cause=487;text="Request Terminated"']],
    ['a Q.850 cause 200 is no SIP status', ['Q.850;cause=200']],
    ['cause 2000', ['SIP;cause=2000']],
    ['cause 200 only in the text', ['SIP;cause=487;text="cause=200"']],
    ['a huge header', [`SIP;cause=200;text="${'x'.repeat(5_000)}"`]],
  ])('no: %s', (_, headers) => {
    expect(cancelledBecauseAnsweredElsewhere(headers)).toBe(false);
  });
});
