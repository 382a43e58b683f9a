import { describe, expect, it } from 'vitest';
import { diallingRules } from './national-dialling-rules';

describe('diallingRules', () => {
  it('reads trunk and international prefixes where the country has plain ones', () => {
    expect(diallingRules('GB')).toMatchObject({
      callingCode: '44',
      trunkPrefix: '0',
      bareNationalNumbers: false,
      internationalPrefixes: ['00'],
    });
    expect(diallingRules('RU')).toMatchObject({
      callingCode: '7',
      trunkPrefix: '8',
      internationalPrefixes: ['810', '00'],
    });
    expect(diallingRules('JP')).toMatchObject({ trunkPrefix: '0', internationalPrefixes: ['010', '00'] });
  });

  it('treats North America’s 1 as an optional trunk prefix beside 10-digit dialling, with 011 and 00 abroad', () => {
    expect(diallingRules('US')).toEqual({
      callingCode: '1',
      trunkPrefix: '1',
      bareNationalNumbers: true,
      internationalPrefixes: ['011', '00'],
      nationalLengths: [10],
    });
  });

  it('finds no trunk prefix where the leading 0 belongs to the number (Italy) or there is none (Spain)', () => {
    expect(diallingRules('IT')).toMatchObject({ callingCode: '39', trunkPrefix: null, bareNationalNumbers: true });
    expect(diallingRules('ES')).toMatchObject({ callingCode: '34', trunkPrefix: null, bareNationalNumbers: true });
  });

  it('uses the default international prefix where the prefix is a pattern, and drops 00 when it needs a carrier', () => {
    expect(diallingRules('AU').internationalPrefixes).toEqual(['0011']);
    expect(diallingRules('BR').internationalPrefixes).toEqual([]);
    expect(diallingRules('MX').internationalPrefixes).toEqual(['00']);
  });
});
