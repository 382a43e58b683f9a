import { describe, expect, it } from 'vitest';
import { transferTargetSchema } from './call';
import { transferFailureText } from './call-transfer';

describe('where a call may be transferred', () => {
  it('takes an E.164 number or a SIP address, and nothing else', () => {
    expect(transferTargetSchema.safeParse('+15125550199').success).toBe(true);
    expect(transferTargetSchema.safeParse('sip:carol@example.com').success).toBe(true);
    for (const bad of ['sound-test', '5125550199', 'carol', 'sip:carol@exa mple.com', `+1${'5'.repeat(300)}`, '']) {
      expect(transferTargetSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('why a transfer failed', () => {
  it('points a Twilio line at the Console setting REFER needs, other lines at calling the person themselves', () => {
    expect(transferFailureText({ kind: 'refused', statusCode: 405 }, 'twilio')).toMatch(
      /^Twilio refused the transfer \(405\): enable Enhanced Programmable SIP Features/,
    );
    expect(transferFailureText({ kind: 'refused', statusCode: 503 }, 'twilio')).toMatch(/^The other side refused/);
    expect(transferFailureText({ kind: 'target-failed', statusCode: null }, 'twilio')).toMatch(
      /Enhanced Programmable SIP/,
    );
    expect(transferFailureText({ kind: 'target-failed', statusCode: null }, 'sip')).toBe(
      'The transfer target could not be reached. The call is back.',
    );
  });
});
