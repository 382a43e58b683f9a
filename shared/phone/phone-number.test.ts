import { describe, expect, it } from 'vitest';
import { dialTargetSchema } from '../models/call';
import { cleanPastedNumber, formatAsYouType, formatPhoneForDisplay, toDialTarget, toE164 } from './phone-number';

function target(input: string, country = 'US') {
  const result = toDialTarget(input, country);
  if (!result.ok) throw new Error(`${input}: ${result.message}`);
  expect(dialTargetSchema.safeParse(result.target).success).toBe(true);
  return result;
}

function problemOf(input: string, country = 'US') {
  const result = toDialTarget(input, country);
  if (result.ok) throw new Error(`${input} was accepted as ${result.target}`);
  return result;
}

describe('toDialTarget', () => {
  it.each([
    ['(512) 555-0123', 'US', '+15125550123', '(512) 555-0123'],
    ['512.555.0123', 'US', '+15125550123', '(512) 555-0123'],
    ['1 512 555 0123', 'US', '+15125550123', '(512) 555-0123'],
    ['+1-512-555-0123', 'GB', '+15125550123', '+1 512 555 0123'],
    ['+44 20 7946 0958', 'US', '+442079460958', '+44 20 7946 0958'],
    ['00 44 20 7946 0958', 'US', '+442079460958', '+44 20 7946 0958'],
    ['011 44 20 7946 0958', 'US', '+442079460958', '+44 20 7946 0958'],
    ['020 7946 0958', 'GB', '+442079460958', '020 7946 0958'],
    ['tel:+1-512-555-0123', 'GB', '+15125550123', '+1 512 555 0123'],
    ['TEL:+44-20-7946-0958;phone-context=example.com', 'US', '+442079460958', '+44 20 7946 0958'],
    ['1-800-FLOWERS', 'US', '+18003569377', '(800) 356-9377'],
    ['030 123456', 'DE', '+4930123456', '030 123456'],
    ['06 12 34 56 78', 'FR', '+33612345678', '06 12 34 56 78'],
    ['+81 3-1234-5678', 'US', '+81312345678', '+81 3 1234 5678'],
    ['  +61 2 9876 5432  ', 'AU', '+61298765432', '(02) 9876 5432'],
  ])('%s (%s) -> %s', (input, country, e164, display) => {
    expect(target(input, country)).toEqual({ ok: true, target: e164, display });
  });

  it('accepts SIP addresses with or without the scheme', () => {
    expect(target('sip:alice@example.com')).toMatchObject({
      target: 'sip:alice@example.com',
      display: 'alice@example.com',
    });
    expect(target('SIPS:bob@pbx.example.org:5061')).toMatchObject({ target: 'sips:bob@pbx.example.org:5061' });
    expect(target('alice@example.com').target).toBe('sip:alice@example.com');
    expect(problemOf('sip:alice').problem).toBe('bad-sip-address');
  });

  it('flags impossible numbers before dialling, in plain words', () => {
    expect(problemOf('123')).toMatchObject({ problem: 'too-short', message: expect.stringMatching(/too short/) });
    expect(problemOf('5125550123456').problem).toBe('too-long');
    expect(problemOf('+999 1234 5678')).toMatchObject({ problem: 'unknown-country-code', message: /\+999/ });
    expect(problemOf('+1 123 456 7890')).toMatchObject({ problem: 'invalid', message: expect.stringMatching(/Check/) });
    expect(problemOf('(012) 345-6789')).toMatchObject({ problem: 'invalid', message: /United States/ });
    expect(problemOf('911').problem).toBe('emergency');
    expect(problemOf('*67 512 555 0123').problem).toBe('keypad-codes');
    expect(problemOf('512 555 0123 ext 45').problem).toBe('extension');
    expect(problemOf('alice').problem).toBe('not-a-number');
    expect(problemOf('   ').problem).toBe('empty');
    expect(problemOf('+').problem).toBe('empty');
  });

  it('gives every problem a sentence that says what to do', () => {
    for (const input of ['', '123', '+999 1', '+1 123 456 7890', 'alice', '911', '#31#', 'sip:x']) {
      expect(problemOf(input).message).toMatch(/^[A-Z+].{20,}\.$/);
    }
  });
});

describe('formatAsYouType', () => {
  it('formats digits as they are typed for the default country', () => {
    expect(formatAsYouType('5', 'US')).toBe('5');
    expect(formatAsYouType('5125', 'US')).toBe('(512) 5');
    expect(formatAsYouType('5125550123', 'US')).toBe('(512) 555-0123');
    expect(formatAsYouType('(512) 555-0123', 'US')).toBe('(512) 555-0123');
    expect(formatAsYouType('02079460958', 'GB')).toBe('020 7946 0958');
    expect(formatAsYouType('+442079460958', 'US')).toBe('+44 20 7946 0958');
  });

  it('keeps a typed 00 instead of turning it into +', () => {
    expect(formatAsYouType('00442079460958', 'US')).toBe('00 44 20 7946 0958');
  });

  it('leaves SIP addresses, letters and keypad codes as typed', () => {
    expect(formatAsYouType('sip:alice@example.com', 'US')).toBe('sip:alice@example.com');
    expect(formatAsYouType('1-800-FLOWERS', 'US')).toBe('1-800-FLOWERS');
    expect(formatAsYouType('*67', 'US')).toBe('*67');
    expect(formatAsYouType('', 'US')).toBe('');
    expect(formatAsYouType('+', 'US')).toBe('+');
    expect(formatAsYouType('(', 'US')).toBe('(');
  });
});

describe('cleanPastedNumber', () => {
  it('tidies pasted numbers and tel: links, keeps other text', () => {
    expect(cleanPastedNumber('tel:+1-512-555-0123', 'US')).toBe('+1 512 555 0123');
    expect(cleanPastedNumber(' 512.555.0123\n', 'US')).toBe('(512) 555-0123');
    expect(cleanPastedNumber('sip:alice@example.com ', 'US')).toBe('sip:alice@example.com');
    expect(cleanPastedNumber('1-800-FLOWERS', 'US')).toBe('1-800-FLOWERS');
  });
});

describe('formatPhoneForDisplay', () => {
  it('writes numbers the local way at home and internationally abroad', () => {
    expect(formatPhoneForDisplay('+15125550123', 'US')).toBe('(512) 555-0123');
    expect(formatPhoneForDisplay('+15125550123', 'GB')).toBe('+1 512 555 0123');
    expect(formatPhoneForDisplay('bob', 'US')).toBe('bob');
    expect(formatPhoneForDisplay('12', 'US')).toBe('12');
  });
});

describe('toE164', () => {
  it.each([
    ['(512) 555-0123', 'US', '+15125550123'],
    ['512.555.0123', 'US', '+15125550123'],
    ['+1 512 555 0123', 'GB', '+15125550123'],
    ['tel:+1-512-555-0123;ext=12', 'DE', '+15125550123'],
    ['512 555 0123 ext 45', 'US', '+15125550123'],
    ['1-800-FLOWERS', 'US', '+18003569377'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['07700 900123', 'GB', '+447700900123'],
    ['00 44 20 7946 0958', 'US', '+442079460958'],
    ['011 44 20 7946 0958', 'US', '+442079460958'],
    ['+44 (0)20 7946 0958', 'US', '+442079460958'],
    ['030 123456', 'DE', '+4930123456'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
  ])('%s (%s) -> %s', (input, country, expected) => {
    expect(toE164(input, country)).toBe(expected);
  });

  it('gives the same E.164 for one number written the ways of different countries', () => {
    const written = [
      ['020 7946 0958', 'GB'],
      ['+44 20 7946 0958', 'US'],
      ['0044 20 7946 0958', 'FR'],
      ['011 44 20 7946 0958', 'US'],
      ['+442079460958', 'JP'],
    ] as const;
    expect(new Set(written.map(([number, country]) => toE164(number, country)))).toEqual(new Set(['+442079460958']));
  });

  it('keeps possible numbers that are not assigned yet, refuses impossible ones', () => {
    expect(toE164('(012) 345-6789', 'US')).toBe('+10123456789');
    for (const input of [
      '',
      '12',
      '123',
      '5125550123456',
      '+999 1234 5678',
      'alice',
      'sip:bob@example.com',
      '911',
      '*67 512 555 0123',
      '+',
    ]) {
      expect(toE164(input, 'US')).toBeNull();
    }
  });
});
