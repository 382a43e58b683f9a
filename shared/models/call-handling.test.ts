import { describe, expect, it } from 'vitest';
import { callHandlingSchema, defaultCallHandling } from './call-handling';

const parse = (changes: object) => callHandlingSchema.safeParse({ ...defaultCallHandling, ...changes });
const firstMessage = (changes: object) => parse(changes).error?.issues[0]?.message;

describe('callHandlingSchema: forwarding, schedules, time zone', () => {
  it('reads a call handling saved before forwarding and schedules existed, keeping its blocked callers', () => {
    const saved = { doNotDisturb: true, blockedCallers: ['+447700900123'], blockedCallersHear: 'busy' };
    expect(callHandlingSchema.parse(saved)).toEqual({
      ...defaultCallHandling,
      doNotDisturb: true,
      blockedCallers: ['+447700900123'],
      blockedCallersHear: 'busy',
    });
  });

  it('asks for a number when forwarding is on, or when calls are sent to forwarding', () => {
    expect(firstMessage({ forwarding: { mode: 'always', numbers: [] } })).toBe('Add the number to forward calls to');
    expect(firstMessage({ doNotDisturbSendsTo: 'forwarding' })).toBe(
      'Add a forwarding number before sending calls to forwarding',
    );
    expect(firstMessage({ afterHoursSendsTo: 'forwarding' })).toBe(
      'Add a forwarding number before sending calls to forwarding',
    );
    expect(
      parse({ afterHoursSendsTo: 'forwarding', forwarding: { mode: 'off', numbers: ['+447700900999'] } }).success,
    ).toBe(true);
  });

  it.each([
    ['a national number', { mode: 'always', numbers: ['07700 900999'] }, 'Expected a number in international form'],
    [
      'four numbers',
      { mode: 'always', numbers: ['+15125550101', '+15125550102', '+15125550103', '+15125550104'] },
      'at most 3',
    ],
    ['the same number twice', { mode: 'together', numbers: ['+15125550101', '+15125550101'] }, 'listed once'],
    ['an unknown mode', { mode: 'sometimes', numbers: ['+15125550101'] }, 'Invalid option'],
  ])('refuses forwarding with %s', (_what, forwarding, message) => {
    expect(firstMessage({ forwarding })).toContain(message);
  });

  it.each([
    ['no day', { days: [], from: '09:00', to: '17:00' }, 'Choose at least one day'],
    ['a day twice', { days: [1, 1], from: '09:00', to: '17:00' }, 'Choose each day once'],
    ['day 7', { days: [7], from: '09:00', to: '17:00' }, 'expected number to be <=6'],
    ['a time without its zero', { days: [1], from: '9:00', to: '17:00' }, 'Write a time as 09:00'],
    ['25:00', { days: [1], from: '09:00', to: '25:00' }, 'Write a time as 09:00'],
    ['the same start and end', { days: [1], from: '09:00', to: '09:00' }, 'differ'],
    ['a start at 24:00', { days: [1], from: '24:00', to: '09:00' }, '23:59 at the latest'],
  ])('refuses a span with %s', (_what, span, message) => {
    expect(firstMessage({ businessHours: [span] })).toContain(message);
    expect(firstMessage({ quietHours: [span] })).toContain(message);
  });

  it('takes a night that runs past midnight, and a day that ends at 24:00', () => {
    expect(parse({ quietHours: [{ days: [0, 1, 2, 3, 4], from: '22:00', to: '07:00' }] }).success).toBe(true);
    expect(parse({ businessHours: [{ days: [6], from: '10:00', to: '24:00' }] }).success).toBe(true);
  });

  it('refuses more than 14 spans', () => {
    const span = { days: [1], from: '09:00', to: '17:00' };
    expect(firstMessage({ businessHours: Array.from({ length: 15 }, () => span) })).toBe(
      'A schedule holds at most 14 spans',
    );
  });

  it.each([['Mars/Olympus_Mons'], ['<script>'], ['Europe/'.repeat(20_000)]])('refuses the time zone %#', (zone) => {
    expect(parse({ timeZone: zone }).success).toBe(false);
  });

  it('takes an IANA time zone, or none (the computer’s)', () => {
    expect(parse({ timeZone: 'America/New_York' }).success).toBe(true);
    expect(parse({ timeZone: null }).success).toBe(true);
  });

  it('takes greetings and a menu prompt as plain words within a variable, and a listed voice', () => {
    expect(
      parse({
        greetings: { afterHours: 'We are closed.', busy: '' },
        menu: { enabled: true, prompt: '' },
        voice: 'Polly.Amy',
      }).success,
    ).toBe(true);
    expect(firstMessage({ greetings: { afterHours: '<Play>http://x</Play>', busy: '' } })).toBe(
      'Use plain words: no control characters or angle brackets',
    );
    expect(firstMessage({ menu: { enabled: true, prompt: 'a'.repeat(451) } })).toMatch(/^Shorten the greeting/);
    expect(parse({ voice: 'Polly.Unknown' }).success).toBe(false);
  });
});
