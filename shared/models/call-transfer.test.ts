import { describe, expect, it } from 'vitest';
import { transferTargetSchema } from './call';
import { inEnglish } from '../text/words';
import { transferFailureWords } from './call-transfer';

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
    const refused = transferFailureWords({ kind: 'refused', statusCode: 405 }, 'twilio');
    expect(refused).toEqual({ id: 'calls.transferTwilioRefused', values: { status: 405 } });
    expect(inEnglish(refused)).toMatch(
      /^Twilio refused the transfer \(405\): enable Enhanced Programmable SIP Features/,
    );
    expect(transferFailureWords({ kind: 'refused', statusCode: 503 }, 'twilio')).toEqual({
      id: 'calls.transferRefused',
      values: { status: 503 },
    });
    expect(inEnglish(transferFailureWords({ kind: 'target-failed', statusCode: null }, 'twilio'))).toMatch(
      /Enhanced Programmable SIP/,
    );
    expect(inEnglish(transferFailureWords({ kind: 'target-failed', statusCode: null }, 'sip'))).toBe(
      'The transfer target could not be reached. The call is back.',
    );
  });
});
