import { describe, expect, it } from 'vitest';
import { isA2p10dlcNumber } from './a2p-registration';

describe('isA2p10dlcNumber', () => {
  it('is true for US and Canadian local numbers', () => {
    expect(isA2p10dlcNumber('+15125550100')).toBe(true);
    expect(isA2p10dlcNumber('+12025550123')).toBe(true);
    expect(isA2p10dlcNumber('+14165550100')).toBe(true);
    expect(isA2p10dlcNumber('+16045550100')).toBe(true);
  });

  it('is false for every toll-free area code', () => {
    for (const areaCode of ['800', '833', '844', '855', '866', '877', '888']) {
      expect(isA2p10dlcNumber(`+1${areaCode}5550100`), areaCode).toBe(false);
    }
  });

  it('is false for the other +1 countries and for other countries', () => {
    expect(isA2p10dlcNumber('+18765550100')).toBe(false); // Jamaica
    expect(isA2p10dlcNumber('+442079460958')).toBe(false);
    expect(isA2p10dlcNumber('+61255550100')).toBe(false);
  });

  it('is false for text that is no phone number', () => {
    for (const text of ['', 'AMAZON', '12345', '+1', '+'.padEnd(10_000, '5')])
      expect(isA2p10dlcNumber(text)).toBe(false);
  });
});
