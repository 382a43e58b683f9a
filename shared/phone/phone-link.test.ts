import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialTargetSchema } from '../models/call';
import { parsePhoneLink, splitTelUri } from './phone-link';
import { englishOf } from './phone-link-test-kit';

function accepted(uri: string, country = 'US') {
  const result = parsePhoneLink(uri, country);
  if (!result.ok) throw new Error(`${uri}: ${englishOf(result.problems)}`);
  expect(dialTargetSchema.safeParse(result.target).success).toBe(true);
  return result;
}

function refused(uri: string, country = 'US'): string {
  const result = parsePhoneLink(uri, country);
  if (result.ok) throw new Error(`${uri} was accepted as ${result.target}`);
  return englishOf(result.problems);
}

describe('parsePhoneLink: tel:', () => {
  it('removes visual separators and keeps the extension out of the target, in the display', () => {
    expect(accepted('tel:+1-512-555-0123;ext=12')).toEqual({
      ok: true,
      target: '+15125550123',
      display: '(512) 555-0123 ext. 12',
      extension: '12',
    });
    expect(accepted('tel:+1-512-555-0123;ext=12', 'GB').display).toBe('+1 512 555 0123 ext. 12');
  });

  it.each([
    ['tel:+1-512-555-0123', 'US', '+15125550123', '(512) 555-0123'],
    ['TEL:+1.512.555.0123', 'US', '+15125550123', '(512) 555-0123'],
    ['tel:+1(512)555-0123', 'US', '+15125550123', '(512) 555-0123'],
    ['tel://+44-20-7946-0958', 'US', '+442079460958', '+44 20 7946 0958'],
    ['tel:%2B44%2020%207946%200958', 'GB', '+442079460958', '020 7946 0958'],
    ['tel:+44%20(0)20%207946%200958', 'US', '+442079460958', '+44 20 7946 0958'],
    ['  tel:+49-30-123456  ', 'DE', '+4930123456', '030 123456'],
    ['tel:1-800-FLOWERS', 'US', '+18003569377', '(800) 356-9377'],
  ])('%s (%s) -> %s', (uri, country, target, display) => {
    expect(accepted(uri, country)).toEqual({ ok: true, target, display });
  });

  it('reads local numbers with a global phone-context as that prefix', () => {
    expect(accepted('tel:555-0123;phone-context=+1-512', 'GB')).toEqual({
      ok: true,
      target: '+15125550123',
      display: '+1 512 555 0123',
    });
    // Never guessed in the default country: that would ring someone else.
    expect(refused('tel:863-1234;phone-context=+1-914-555', 'DE')).toMatch(/local number within \+1914555/);
  });

  it('reads local numbers with a domain phone-context, or none, in the default country', () => {
    expect(accepted('tel:020-7946-0958;phone-context=example.co.uk', 'GB').target).toBe('+442079460958');
    expect(accepted('tel:(512)555-0123', 'US').target).toBe('+15125550123');
    expect(refused('tel:7042;phone-context=example.com')).toMatch(/local number of example\.com/);
  });

  it('ignores other parameters such as isub', () => {
    expect(accepted('tel:+1-512-555-0123;isub=1411;foo=bar').target).toBe('+15125550123');
    expect(accepted('tel:555-0123;phone-context=+1-512;isub=1411', 'GB').target).toBe('+15125550123');
  });

  it('reads parameter names in any case and spaces around them, as people write links by hand', () => {
    expect(accepted('tel:+1-512-555-0123;EXT=12').extension).toBe('12');
    expect(accepted('tel:555-0123; phone-context = +1-512', 'GB').target).toBe('+15125550123');
  });

  it('reads a global number as it is, whatever phone-context comes with it', () => {
    expect(accepted('tel:+1-512-555-0123;phone-context=+44', 'GB').target).toBe('+15125550123');
    expect(refused('tel:+999-123;phone-context=example.com')).toBe(
      '+999 is not a country code. Check the digits after the +.',
    );
  });

  it('refuses tel: links Dialtone cannot call, saying why', () => {
    expect(refused('tel:')).toMatch(/no number/);
    expect(refused('tel:911')).toMatch(/emergency/);
    expect(refused('tel:*86')).toMatch(/keypad/);
    expect(refused('tel:+1-512-555-0123%ZZ')).toMatch(/damaged/);
    expect(refused('tel:alice@example.com')).toMatch(/not a phone number/);
    expect(refused('tel:+999 123')).toMatch(/country code|not|number/i);
  });
});

describe('parsePhoneLink: sip: and sips:', () => {
  it.each([
    ['sip:alice@example.com', 'sip:alice@example.com', 'alice@example.com'],
    ['SIP:alice@Example.COM', 'sip:alice@example.com', 'alice@example.com'],
    ['sips:bob@secure.example.com', 'sips:bob@secure.example.com', 'bob@secure.example.com'],
    ['sip:alice@example.com;transport=tls', 'sip:alice@example.com', 'alice@example.com'],
    ['sip:alice@example.com:5061;transport=tls?subject=hello', 'sip:alice@example.com:5061', 'alice@example.com:5061'],
    ['sip:alice:secret@example.com', 'sip:alice@example.com', 'alice@example.com'],
    ['sip:alice%2Bwork@example.com', 'sip:alice+work@example.com', 'alice+work@example.com'],
    ['sip://alice@example.com', 'sip:alice@example.com', 'alice@example.com'],
    [
      'sip:+15125550123@trunk.example.com;user=phone',
      'sip:+15125550123@trunk.example.com',
      '+15125550123@trunk.example.com',
    ],
  ])('%s -> %s', (uri, target, display) => {
    expect(accepted(uri)).toEqual({ ok: true, target, display });
  });

  it('refuses SIP links without an address', () => {
    expect(refused('sip:example.com')).toMatch(/sip:alice@example\.com/);
    expect(refused('sip:')).toMatch(/no address/);
    expect(refused('sip:al%20ice@example.com')).toMatch(/cannot call/);
    expect(refused('sip:alice@')).toMatch(/incomplete/);
    expect(refused('sip:@example.com')).toMatch(/no address/);
    expect(refused(`sip:${'a'.repeat(300)}@example.com`)).toMatch(/too long/);
  });
});

describe('parsePhoneLink: callto:', () => {
  it.each([
    ['callto://+44-20-7946-0958', 'US', '+442079460958', '+44 20 7946 0958'],
    ['callto:+442079460958', 'GB', '+442079460958', '020 7946 0958'],
    ['callto://+44%2020%207946%200958/', 'US', '+442079460958', '+44 20 7946 0958'],
    ['callto:(512) 555-0123', 'US', '+15125550123', '(512) 555-0123'],
    ['callto://alice@example.com', 'US', 'sip:alice@example.com', 'alice@example.com'],
    ['callto:1-800-FLOWERS', 'US', '+18003569377', '(800) 356-9377'],
  ])('%s (%s) -> %s', (uri, country, target, display) => {
    expect(accepted(uri, country)).toEqual({ ok: true, target, display });
  });

  it('refuses Skype names with a clear message', () => {
    expect(refused('callto:echo123')).toBe(
      '"echo123" is a Skype name, not a phone number. Dialtone calls phone numbers and SIP addresses: ask for their number instead.',
    );
    expect(refused('callto://live:bob.smith?call')).toMatch(/Skype name/);
    expect(refused('skype:echo123?call')).toMatch(/Skype/);
  });

  it('names each problem by its words and values, so the renderer says it in the person’s language', () => {
    expect(parsePhoneLink('callto:echo123', 'US')).toMatchObject({
      ok: false,
      problems: [{ of: 'link', words: 'skypeName', values: { name: 'echo123' } }],
    });
    // A local number elsewhere: the link's sentence, then the dialler's own about the number.
    expect(parsePhoneLink('tel:7042;phone-context=example.com', 'US')).toMatchObject({
      ok: false,
      problems: [
        { of: 'link', words: 'localElsewhere', values: { context: 'example.com' } },
        { of: 'dial', words: 'tooShort' },
      ],
    });
  });

  it('refuses a callto: link without a number', () => {
    for (const uri of ['callto:', 'callto://', 'callto:%20%20'])
      expect(refused(uri)).toBe('This callto: link has no number in it.');
  });
});

describe('parsePhoneLink: broken %-encoding', () => {
  it('refuses a damaged link instead of guessing, and says to copy the number or address', () => {
    for (const uri of [
      'tel:+1-512-555-0123%ZZ',
      'tel:+1-512-555-0123;ext=%G1',
      'tel:555-0123;phone-context=%2',
      'tel:%E0%A4%A',
    ]) {
      expect(refused(uri)).toBe('This phone link is damaged (its %-encoding is broken). Copy the number instead.');
    }
    expect(refused('sip:al%ZZice@example.com')).toBe(
      'This SIP link is damaged (its %-encoding is broken). Copy the address instead.',
    );
    expect(refused('callto://+44%2020%207946%20095%')).toBe(
      'This callto: link is damaged (its %-encoding is broken). Copy the number instead.',
    );
  });
});

describe('parsePhoneLink: anything else', () => {
  it('refuses other schemes and plain text', () => {
    expect(refused('')).toMatch(/empty/);
    expect(refused('mailto:alice@example.com')).toBe(
      'Dialtone cannot open mailto: links. Dialtone opens tel:, sip: and callto: links.',
    );
    expect(refused('+1 512 555 0123')).toMatch(/not a phone link/);
    expect(refused('Call tel:+1-512-555-0123')).toMatch(/not a phone link/);
    expect(refused(`tel:${'1'.repeat(3000)}`)).toBe('This link is too long to be a phone number or a SIP address.');
  });

  it('refuses what calls:dial or the dialer could not take, to the character', () => {
    const sipLinkOfLength = (length: number) => `sip:${'a'.repeat(length - 'sip:@example.com'.length)}@example.com`;
    expect(accepted(sipLinkOfLength(256)).target).toHaveLength(256);
    expect(refused(sipLinkOfLength(257))).toBe('This address is too long to call. Check the link.');
    const telLinkShowing = (length: number) =>
      `tel:+1-512-555-0123;ext=${'1'.repeat(length - '(512) 555-0123 ext. '.length)}`;
    expect(accepted(telLinkShowing(256)).display).toHaveLength(256);
    expect(refused(telLinkShowing(257))).toBe('This address is too long to call. Check the link.');
  });

  it('quotes only the start of a long link in its message', () => {
    for (const uri of [
      `${'x'.repeat(1000)}:`,
      `callto:${'echo'.repeat(250)}`,
      `tel:${'7'.repeat(900)};phone-context=+${'1'.repeat(900)}`,
      `tel:${'7'.repeat(900)};phone-context=${'example.'.repeat(100)}com`,
    ]) {
      expect(refused(uri).length).toBeLessThan(250);
    }
  });

  it('never throws and only ever gives a target calls:dial accepts', () => {
    const scheme = fc.constantFrom('tel:', 'sip:', 'sips:', 'callto:', 'callto://', 'TEL:', '');
    fc.assert(
      fc.property(scheme, fc.string({ maxLength: 80 }), (prefix, rest) => {
        const result = parsePhoneLink(prefix + rest, 'US');
        if (result.ok) {
          expect(dialTargetSchema.safeParse(result.target).success).toBe(true);
          expect(result.display.length).toBeLessThanOrEqual(256);
        } else {
          expect(englishOf(result.problems).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitTelUri', () => {
  it('splits number, extension and phone-context, decoding %-escapes', () => {
    expect(splitTelUri('tel:+1-512-555-0123;ext=1-2')).toEqual({
      number: '+1-512-555-0123',
      extension: '12',
      phoneContext: null,
    });
    expect(splitTelUri('tel:863-1234;phone-context=%2B1-914-555')).toEqual({
      number: '863-1234',
      extension: null,
      phoneContext: '+1-914-555',
    });
    expect(splitTelUri('tel: 863-1234 ;ext=1')).toEqual({ number: '863-1234', extension: '1', phoneContext: null });
    expect(splitTelUri('tel:%E0%A4%A')).toBeNull();
  });
});
