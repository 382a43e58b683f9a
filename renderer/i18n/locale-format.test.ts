import { describe, expect, it } from 'vitest';
import { intlFor } from './active-intl';
import { localeFormat } from './locale-format';

describe('locale formats', () => {
  it('write durations short, in each language', () => {
    expect(localeFormat(intlFor('en')).duration(12)).toBe('12 s');
    expect(localeFormat(intlFor('en')).duration(245)).toBe('4 min 5 s');
    expect(localeFormat(intlFor('en')).duration(3720)).toBe('1 h 2 min');
    expect(localeFormat(intlFor('en')).duration(7200)).toBe('2 h');
    expect(localeFormat(intlFor('de')).duration(245)).toBe('4 Min. 5 Sek.');
    expect(localeFormat(intlFor('fr')).duration(-3)).toBe('0 s');
  });

  it('write prices with the currency where each locale puts it', () => {
    expect(localeFormat(intlFor('en')).price(0.013, 'USD')).toBe('$0.013');
    expect(localeFormat(intlFor('de')).price(12.5, 'eur')).toBe('12,50\u00a0€');
    expect(localeFormat(intlFor('fr')).price(0.5, 'USD')).toBe('0,50\u00a0$US');
  });

  it('still show an amount whose currency Intl does not know, without throwing', () => {
    expect(localeFormat(intlFor('en')).price(1.5, 'not a currency')).toBe('1.5 not a cu');
  });

  it('write numbers and dates the way the locale does', () => {
    const day = new Date(Date.UTC(2026, 11, 4, 12));
    expect(localeFormat(intlFor('de')).number(1234.5)).toBe('1.234,5');
    expect(localeFormat(intlFor('en')).date(day)).toBe('Dec 4, 2026');
    expect(localeFormat(intlFor('fr')).date(day)).toBe('4 déc. 2026');
  });
});
