import { describe, expect, it } from 'vitest';
import { blockedSendersOf, blockingEntry, isBlockedSender, isCallerNumber } from './blocked-callers';

const entries = ['+15125550100', '+1900*', '+44*', 'withheld'];

describe('blockingEntry', () => {
  it.each([
    ['+15125550100', '+15125550100'],
    [' +15125550100 ', '+15125550100'],
    ['+19005550123', '+1900*'],
    ['+447700900123', '+44*'],
    ['Anonymous', 'withheld'],
    ['', 'withheld'],
    ['+266696687', 'withheld'],
    ['+15125550101', null],
    ['+1512555010', null],
  ])('%j is turned away by %j', (caller, entry) => {
    expect(blockingEntry(caller, entries)).toBe(entry);
  });

  it('names the number itself before a prefix that also covers it', () => {
    expect(blockingEntry('+19005550123', ['+1900*', '+19005550123'])).toBe('+19005550123');
  });

  it('lets withheld callers through when "withheld" is not listed', () => {
    expect(blockingEntry('Anonymous', ['+15125550100'])).toBeNull();
    expect(blockingEntry('+266696687', ['+1*'])).toBeNull();
  });
});

describe('isCallerNumber', () => {
  it('is E.164 and not a withheld caller spelled on a keypad', () => {
    expect(isCallerNumber('+15125550100')).toBe(true);
    expect(isCallerNumber('+266696687')).toBe(false);
    expect(isCallerNumber('15125550100')).toBe(false);
    expect(isCallerNumber('AMAZON')).toBe(false);
  });
});

describe('blocked senders of messages', () => {
  const senders = blockedSendersOf(entries);

  it('are the numbers and prefixes, without "withheld"', () => {
    expect(senders).toEqual({ numbers: ['+15125550100'], prefixes: ['+1900', '+44'] });
  });

  it('hide a listed number and numbers under a prefix, never a sender name or short code', () => {
    expect(isBlockedSender('+15125550100', senders)).toBe(true);
    expect(isBlockedSender('+19005550123', senders)).toBe(true);
    expect(isBlockedSender('+15125550101', senders)).toBe(false);
    expect(isBlockedSender('AMAZON', senders)).toBe(false);
    expect(isBlockedSender('12345', senders)).toBe(false);
  });
});
