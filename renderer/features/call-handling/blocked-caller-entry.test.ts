import { describe, expect, it } from 'vitest';
import { blockedCallersLimit } from '../../../shared/models/call-handling-names';
import { translatorFor } from '../../i18n/translate-test-kit';
import { describeBlocked, toBlockedEntry } from './blocked-caller-entry';

const t = translatorFor('en');

describe('toBlockedEntry', () => {
  it.each([
    ['(512) 555-0100', 'US', '+15125550100'],
    ['+44 7700 900123', 'US', '+447700900123'],
    ['07700 900123', 'GB', '+447700900123'],
    ['+1 900*', 'US', '+1900*'],
    ['+44 (0)9-*', 'US', '+4409*'],
  ])('%j in %s blocks %s', (typed, country, entry) => {
    expect(toBlockedEntry(typed, country, [], t)).toEqual({ ok: true, entry });
  });

  it.each([
    ['', /Type a number or a prefix/],
    ['   ', /Type a number or a prefix/],
    ['pizza place', /such as \+1 512 555 0100/],
    ['1900*', /such as \+1 512 555 0100/],
    ['*', /such as \+1 512 555 0100/],
    ['911', /such as \+1 512 555 0100/],
    [`+1${'5'.repeat(5000)}`, /such as \+1 512 555 0100/],
  ])('%j is refused with what to type', (typed, message) => {
    const result = toBlockedEntry(typed, 'US', [], t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('says when a number is blocked already, and when the list is full', () => {
    expect(toBlockedEntry('512 555 0100', 'US', ['+15125550100'], t)).toEqual({
      ok: false,
      message: '(512) 555-0100 is already blocked.',
    });
    const full = Array.from({ length: blockedCallersLimit }, (_, n) => `+4477009${String(n).padStart(5, '0')}`);
    expect(toBlockedEntry('512 555 0100', 'US', full, t)).toMatchObject({ ok: false, message: /Unblock one first/ });
  });
});

describe('describeBlocked', () => {
  it('reads numbers as people in the country write them, prefixes and withheld callers in words', () => {
    expect(describeBlocked('+15125550100', 'US', t)).toBe('(512) 555-0100');
    expect(describeBlocked('+442079460958', 'US', t)).toBe('+44 20 7946 0958');
    expect(describeBlocked('+1900*', 'US', t)).toBe('Numbers starting +1900');
    expect(describeBlocked('withheld', 'US', t)).toBe('Withheld numbers');
  });

  it('says prefixes and withheld callers in the app’s language', () => {
    const fr = translatorFor('fr');
    expect(describeBlocked('+1900*', 'US', fr)).toBe('Numéros commençant par +1900');
    expect(describeBlocked('withheld', 'US', translatorFor('de'))).toBe('Unterdrückte Nummern');
    expect(toBlockedEntry('', 'US', [], fr)).toEqual({
      ok: false,
      message: 'Saisissez un numéro ou un préfixe à bloquer.',
    });
  });
});
