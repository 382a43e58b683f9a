import { describe, expect, it } from 'vitest';
import { callHandlingSchema, defaultCallHandling } from '../../shared/models/call-handling';
import { blockedCallersLimit } from '../../shared/models/call-handling-names';
import { twilioVariableByteLimit } from '../../shared/models/twilio-setup-names';
import { blockedVariableCount, callHandlingVariables } from './call-handling-variables';

const blockedValues = (variables: Record<string, string>) =>
  Array.from({ length: blockedVariableCount }, (_, index) => variables[`DIALTONE_BLOCKED_${index + 1}`]);

describe('callHandlingVariables', () => {
  it('sets every variable the inbound Function reads, "none" where no entry is left', () => {
    expect(callHandlingVariables(defaultCallHandling)).toEqual({
      DIALTONE_DO_NOT_DISTURB: 'off',
      DIALTONE_BLOCKED_REJECT: 'rejected',
      DIALTONE_BLOCKED_1: 'none',
      DIALTONE_BLOCKED_2: 'none',
      DIALTONE_BLOCKED_3: 'none',
      DIALTONE_BLOCKED_4: 'none',
      DIALTONE_BLOCKED_5: 'none',
    });
    const handling = {
      doNotDisturb: true,
      blockedCallers: ['+447700900123', '+1900*', 'withheld'],
      blockedCallersHear: 'busy' as const,
    };
    expect(callHandlingVariables(handling)).toMatchObject({
      DIALTONE_DO_NOT_DISTURB: 'on',
      DIALTONE_BLOCKED_REJECT: 'busy',
      DIALTONE_BLOCKED_1: '+447700900123,+1900*,withheld',
      DIALTONE_BLOCKED_2: 'none',
    });
  });

  it('fits the most entries the contract allows, at their longest, in the variables, each within Twilio’s 450 bytes', () => {
    const longest = Array.from({ length: blockedCallersLimit }, (_, n) => `+1${String(n).padStart(14, '0')}`);
    const handling = callHandlingSchema.parse({ ...defaultCallHandling, blockedCallers: longest });
    const values = blockedValues(callHandlingVariables(handling));
    for (const value of values) expect(Buffer.byteLength(value!)).toBeLessThanOrEqual(twilioVariableByteLimit);
    expect(
      values
        .filter((value) => value !== 'none')
        .join(',')
        .split(','),
    ).toEqual(longest);
  });
});

describe('callHandlingSchema', () => {
  const parse = (blockedCallers: string[]) => callHandlingSchema.safeParse({ ...defaultCallHandling, blockedCallers });

  it('takes numbers in international format, prefixes ending in *, and withheld callers', () => {
    expect(parse(['+15125550100', '+1900*', '+4*', 'withheld']).success).toBe(true);
  });

  it.each([
    ['a national number', '0171 2345678'],
    ['a number with spaces', '+1 512 555 0100'],
    ['a star in the middle', '+19*00'],
    ['a bare star', '*'],
    ['a word', 'anonymous'],
    ['too many digits', '+1234567890123456'],
    ['markup', '<script>'],
    ['a huge string', `+1${'5'.repeat(100_000)}`],
  ])('refuses %s with what to type', (_what, entry) => {
    const parsed = parse([entry]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/international format|at most/);
  });

  it('refuses the same entry twice, and more than the limit', () => {
    expect(parse(['+15125550100', '+15125550100']).error?.issues[0]?.message).toBe(
      'Each number or prefix is blocked once',
    );
    const tooMany = Array.from({ length: blockedCallersLimit + 1 }, (_, n) => `+4477009${String(n).padStart(5, '0')}`);
    expect(parse(tooMany).error?.issues[0]?.message).toBe(`Block at most ${blockedCallersLimit} numbers and prefixes`);
  });
});
