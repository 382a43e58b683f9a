import { describe, expect, it } from 'vitest';
import { callHandlingSchema, defaultCallHandling } from '../../shared/models/call-handling';
import {
  autoReplyTextLimit,
  blockedCallersLimit,
  computerTimeZone,
  defaultAutoReplyText,
  scheduleSpansLimit,
} from '../../shared/models/call-handling-names';
import { twilioVariableByteLimit } from '../../shared/models/twilio-setup-names';
import { blockedVariableCount, callHandlingVariables } from './call-handling-variables';

const blockedValues = (variables: Record<string, string>) =>
  Array.from({ length: blockedVariableCount }, (_, index) => variables[`DIALTONE_BLOCKED_${index + 1}`]);

describe('callHandlingVariables', () => {
  it('sets every variable the inbound Function reads, "none" where no entry is left', () => {
    expect(callHandlingVariables(defaultCallHandling)).toEqual({
      DIALTONE_DO_NOT_DISTURB: 'off',
      DIALTONE_DND_SCHEDULE: 'none',
      DIALTONE_DND_SENDS_TO: 'voicemail',
      DIALTONE_BLOCKED_REJECT: 'rejected',
      DIALTONE_FORWARD_MODE: 'off',
      DIALTONE_FORWARD_TO: 'none',
      DIALTONE_BUSINESS_HOURS: 'none',
      DIALTONE_AFTER_HOURS_SENDS_TO: 'voicemail',
      DIALTONE_TIME_ZONE: computerTimeZone(),
      DIALTONE_UNVERIFIED: 'ring',
      DIALTONE_GREETING_AFTER_HOURS: 'none',
      DIALTONE_GREETING_BUSY: 'none',
      DIALTONE_RECORDED_VOICEMAIL: 'none',
      DIALTONE_RECORDED_AFTER_HOURS: 'none',
      DIALTONE_RECORDED_BUSY: 'none',
      DIALTONE_RECORDED_MENU: 'none',
      DIALTONE_VOICE: 'standard',
      DIALTONE_LANGUAGE: 'none',
      DIALTONE_MENU: 'off',
      DIALTONE_MENU_PROMPT: 'none',
      DIALTONE_RECORDING: 'off',
      DIALTONE_RECORDING_NOTICE: 'on',
      DIALTONE_AUTO_REPLY: 'none',
      DIALTONE_BLOCKED_1: 'none',
      DIALTONE_BLOCKED_2: 'none',
      DIALTONE_BLOCKED_3: 'none',
      DIALTONE_BLOCKED_4: 'none',
      DIALTONE_BLOCKED_5: 'none',
    });
    const handling = {
      ...defaultCallHandling,
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

describe('forwarding, schedules, the time zone, greetings, the voice and the menu', () => {
  it('are written in the forms call-rules.private.js reads', () => {
    const handling = callHandlingSchema.parse({
      ...defaultCallHandling,
      quietHours: [{ days: [0, 1, 2, 3, 4], from: '22:00', to: '07:00' }],
      doNotDisturbSendsTo: 'forwarding',
      forwarding: { mode: 'no-answer', numbers: ['+447700900999', '+15125550111'] },
      businessHours: [
        { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:30' },
        { days: [6], from: '10:00', to: '24:00' },
      ],
      afterHoursSendsTo: 'forwarding',
      timeZone: 'America/New_York',
      unverifiedCallers: 'voicemail',
      greetings: { afterHours: 'We are closed.', busy: '' },
      greetingRecordings: { voicemail: null, afterHours: null, busy: '0123456789abcdef0123456789abcdef', menu: null },
      voice: 'Polly.Vicki',
      menu: { enabled: true, prompt: 'Press 1 for Sam.' },
      recording: { mode: 'always', notice: false },
    });
    expect(callHandlingVariables(handling)).toMatchObject({
      DIALTONE_DND_SCHEDULE: '01234@22:00-07:00',
      DIALTONE_DND_SENDS_TO: 'forwarding',
      DIALTONE_FORWARD_MODE: 'no-answer',
      DIALTONE_FORWARD_TO: '+447700900999,+15125550111',
      DIALTONE_BUSINESS_HOURS: '12345@09:00-17:30;6@10:00-24:00',
      DIALTONE_AFTER_HOURS_SENDS_TO: 'forwarding',
      DIALTONE_TIME_ZONE: 'America/New_York',
      DIALTONE_UNVERIFIED: 'voicemail',
      DIALTONE_GREETING_AFTER_HOURS: 'We are closed.',
      DIALTONE_GREETING_BUSY: 'none',
      DIALTONE_RECORDED_AFTER_HOURS: 'none',
      DIALTONE_RECORDED_BUSY: '/greetings/0123456789abcdef0123456789abcdef.wav',
      DIALTONE_VOICE: 'Polly.Vicki',
      DIALTONE_LANGUAGE: 'de-DE',
      DIALTONE_MENU: 'on',
      DIALTONE_MENU_PROMPT: 'Press 1 for Sam.',
      DIALTONE_RECORDING: 'always',
      DIALTONE_RECORDING_NOTICE: 'off',
    });
  });

  it('fit the longest schedule the contract allows in one variable', () => {
    const span = { days: [0, 1, 2, 3, 4, 5, 6], from: '23:59', to: '24:00' };
    const handling = callHandlingSchema.parse({
      ...defaultCallHandling,
      businessHours: Array.from({ length: scheduleSpansLimit }, () => span),
    });
    expect(Buffer.byteLength(callHandlingVariables(handling).DIALTONE_BUSINESS_HOURS!)).toBeLessThanOrEqual(
      twilioVariableByteLimit,
    );
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

describe('the auto-reply', () => {
  const parse = (autoReply: unknown) => callHandlingSchema.safeParse({ ...defaultCallHandling, autoReply });
  const message = (autoReply: unknown) => parse(autoReply).error?.issues[0]?.message;

  it('is off by default, with a text ready, and a saved setup from before gets the default', () => {
    const before = Object.fromEntries(Object.entries(defaultCallHandling).filter(([key]) => key !== 'autoReply'));
    expect(callHandlingSchema.parse(before).autoReply).toEqual({ enabled: false, text: defaultAutoReplyText });
  });

  it('travels as its text in DIALTONE_AUTO_REPLY, "none" while off', () => {
    const on = { ...defaultCallHandling, autoReply: { enabled: true, text: 'Back soon' } };
    expect(callHandlingVariables(on).DIALTONE_AUTO_REPLY).toBe('Back soon');
    const off = { ...defaultCallHandling, autoReply: { enabled: false, text: 'Back soon' } };
    expect(callHandlingVariables(off).DIALTONE_AUTO_REPLY).toBe('none');
  });

  it('takes up to the limit of characters that fits a variable’s 450 bytes', () => {
    const longest = 'é'.repeat(130) + 'e'.repeat(autoReplyTextLimit - 130);
    expect(parse({ enabled: true, text: longest }).success).toBe(true);
    expect(message({ enabled: true, text: 'x'.repeat(autoReplyTextLimit + 1) })).toBe(
      `Shorten the text: an auto-reply holds at most ${autoReplyTextLimit} characters`,
    );
    expect(message({ enabled: true, text: '😀'.repeat(120) })).toMatch(/^Shorten the text: Twilio keeps at most 450/);
  });

  it('needs words while on, and refuses control characters', () => {
    expect(message({ enabled: true, text: '   ' })).toBe('Write the text callers get, or turn the auto-reply off');
    expect(parse({ enabled: false, text: '' }).success).toBe(true);
    expect(message({ enabled: true, text: 'Hi\u0007' })).toBe('Use plain words: no control characters');
    expect(parse({ enabled: true, text: 'Sorry!\nCall you back' }).success).toBe(true);
  });
});
