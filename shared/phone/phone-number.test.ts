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
    ['1-800-4X4-CARS', 'US', '+18004942277', '(800) 494-2277'],
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

  it('keeps the case of a SIP user name and the parameters of a SIP address', () => {
    expect(target('SIP:Alice@example.com').target).toBe('sip:Alice@example.com');
    expect(target('sip:bob@pbx.example.org;transport=tls').target).toBe('sip:bob@pbx.example.org;transport=tls');
  });

  it('flags impossible numbers before dialling, in plain words', () => {
    expect(problemOf('123')).toMatchObject({ problem: 'too-short', message: expect.stringMatching(/too short/) });
    expect(problemOf('5125550123456').problem).toBe('too-long');
    expect(problemOf('+999 1234 5678')).toMatchObject({
      problem: 'unknown-country-code',
      message: '+999 is not a country code. Check the digits after the +.',
    });
    expect(problemOf('2111 1111', 'GB')).toMatchObject({
      problem: 'invalid',
      message: 'This number has the wrong number of digits. Check it and try again.',
    });
    for (const emergency of ['911', '112', '999']) expect(problemOf(emergency).problem).toBe('emergency');
    expect(problemOf('*67 512 555 0123').problem).toBe('keypad-codes');
    expect(problemOf('512 555 0123 ext 45').problem).toBe('extension');
    expect(problemOf('(512) 555-0123x45').problem).toBe('extension');
    expect(problemOf('alice').problem).toBe('not-a-number');
    expect(problemOf('alice2').problem).toBe('not-a-number');
    for (const nothing of ['', '   ', '+', '()']) expect(problemOf(nothing).problem).toBe('empty');
  });

  it('on a line with a SIP domain, dials 2 to 5 digits as an extension there; never an emergency number', () => {
    const domain = 'dialtone-ab12.sip.twilio.com';
    expect(toDialTarget('102', 'US', domain)).toEqual({
      ok: true,
      target: 'sip:102@dialtone-ab12.sip.twilio.com',
      display: 'extension 102',
    });
    expect(toDialTarget(' 10 ', 'US', domain)).toMatchObject({ ok: true, target: `sip:10@${domain}` });
    expect(toDialTarget('99999', 'GB', domain)).toMatchObject({ ok: true, target: `sip:99999@${domain}` });
    expect(dialTargetSchema.safeParse(`sip:102@${domain}`).success).toBe(true);
    for (const emergency of ['911', '112', '999']) {
      expect(toDialTarget(emergency, 'US', domain)).toMatchObject({ ok: false, problem: 'emergency' });
    }
    // Not extensions: one digit, a leading 0, six digits, formatted numbers; and without a line, 102 is too short.
    expect(toDialTarget('7', 'US', domain).ok).toBe(false);
    expect(toDialTarget('0102', 'US', domain)).toMatchObject({ ok: false });
    expect(toDialTarget('102345', 'US', domain)).toMatchObject({ ok: false });
    expect(toDialTarget('(512) 555-0123', 'US', domain)).toMatchObject({ ok: true, target: '+15125550123' });
    expect(problemOf('102').problem).toBe('too-short');
  });

  it('says where an invalid number fails: in its country, or after the country code', () => {
    const startsWrong = (country: string) =>
      `No phone number in ${country} starts like this. Check the number, or start it with + and the country code.`;
    expect(problemOf('(012) 345-6789')).toEqual({
      ok: false,
      problem: 'invalid',
      words: 'notInCountry',
      values: { country: 'US' },
      message: startsWrong('United States'),
    });
    expect(problemOf('+33 0 12 34 56 78')).toMatchObject({ values: { country: 'FR' }, message: startsWrong('France') });
    expect(problemOf('+1 123 456 7890')).toEqual({
      ok: false,
      problem: 'invalid',
      words: 'notValid',
      values: {},
      message: 'This is not a valid phone number. Check the digits after the country code.',
    });
  });

  it('refuses valid numbers outside the 8 to 15 digits of E.164, saying which way they miss', () => {
    expect(problemOf('+683 4002')).toEqual({
      ok: false,
      problem: 'invalid',
      words: 'tooShortToCall',
      values: {},
      message: 'Dialtone cannot call numbers this short.',
    });
    expect(problemOf('+49 30 123456789012')).toMatchObject({
      problem: 'too-long',
      words: 'tooLong',
      message: 'This number is too long. Check it for extra digits.',
    });
  });

  it('names an unknown country calling code in its words, for the renderer to translate', () => {
    expect(problemOf('+999 1234 5678')).toMatchObject({ words: 'unknownCountryCode', values: { code: '999' } });
  });

  it('says what it can for a home country it does not know, without failing', () => {
    expect(problemOf('512 555 0123', 'ZZ').problem).toBe('not-a-number');
  });

  it('gives every problem a sentence that says what to do', () => {
    for (const input of [
      '',
      '123',
      '5125550123456',
      '+999 1',
      '+1 123 456 7890',
      'alice',
      '911',
      '#31#',
      '512 555 0123 x12',
      'sip:x',
    ]) {
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

  it('puts a paste of several lines on one line', () => {
    expect(cleanPastedNumber('Call\r\n\t1-800-FLOWERS', 'US')).toBe('Call 1-800-FLOWERS');
    expect(cleanPastedNumber('+44 20\n7946 0958', 'US')).toBe('+44 20 7946 0958');
  });

  it('keeps the parameters of a SIP address and links that are not numbers, as pasted', () => {
    expect(cleanPastedNumber('sip:alice@example.com;transport=tls', 'US')).toBe('sip:alice@example.com;transport=tls');
    expect(cleanPastedNumber('callto:echo123', 'US')).toBe('callto:echo123');
    expect(cleanPastedNumber('tel:+1-512-555-0123;isub=1411', 'US')).toBe('+1 512 555 0123');
  });
});

describe('formatPhoneForDisplay', () => {
  it('writes numbers the local way at home and internationally abroad', () => {
    expect(formatPhoneForDisplay('+15125550123', 'US')).toBe('(512) 555-0123');
    expect(formatPhoneForDisplay('+15125550123', 'GB')).toBe('+1 512 555 0123');
    expect(formatPhoneForDisplay('5125550123', 'US')).toBe('(512) 555-0123');
    expect(formatPhoneForDisplay('+1 512 555 0123', 'US')).toBe('(512) 555-0123');
    expect(formatPhoneForDisplay('bob', 'US')).toBe('bob');
    expect(formatPhoneForDisplay('12', 'US')).toBe('12');
  });

  it('shows anything that is not plainly a valid number exactly as stored', () => {
    for (const stored of [
      '1-800-FLOWERS',
      '+1 512 555 0123 ext. 12',
      '+15125550123ext12',
      'Home: +1 512 555 0123',
      '+11234567890',
      '-',
    ]) {
      expect(formatPhoneForDisplay(stored, 'US')).toBe(stored);
    }
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
    ['  tel:+1-512-555-0123  ', 'US', '+15125550123'],
    ['(512) 555-0123x45', 'US', '+15125550123'],
    ['1-800-4X4-CARS', 'US', '+18004942277'],
  ])('%s (%s) -> %s', (input, country, expected) => {
    expect(toE164(input, country)).toBe(expected);
  });

  it('never reads words as digits, which would match a stranger', () => {
    for (const words of ['Unassigned', 'Not listed', 'Fax 555 0199']) expect(toE164(words, 'US')).toBeNull();
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
