import { describe, expect, it } from 'vitest';
import { dtmfFrequencies, isKeypadKey, keyName, keypadKeys, lettersToDigits } from './keypad';

describe('keypad', () => {
  it('has the twelve keys in keypad order', () => {
    expect(keypadKeys.map((entry) => entry.key).join('')).toBe('123456789*0#');
    expect(isKeypadKey('#')).toBe(true);
    expect(isKeypadKey('A')).toBe(false);
  });

  it('turns letters into the digits printed above them', () => {
    expect(lettersToDigits('1-800-FLOWERS')).toBe('1-800-3569377');
    expect(lettersToDigits('abc def ghi jkl mno pqrs tuv wxyz')).toBe('222 333 444 555 666 7777 888 9999');
  });

  it('knows the two DTMF frequencies of every key', () => {
    expect(dtmfFrequencies('1')).toEqual([697, 1209]);
    expect(dtmfFrequencies('5')).toEqual([770, 1336]);
    expect(dtmfFrequencies('9')).toEqual([852, 1477]);
    expect(dtmfFrequencies('*')).toEqual([941, 1209]);
    expect(dtmfFrequencies('0')).toEqual([941, 1336]);
    expect(dtmfFrequencies('#')).toEqual([941, 1477]);
  });

  it('names * and # for screen readers', () => {
    expect(keyName('*')).toBe('Star');
    expect(keyName('#')).toBe('Pound');
    expect(keyName('7')).toBe('7');
  });
});
