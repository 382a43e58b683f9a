import { describe, expect, it } from 'vitest';
import { maxRememberedDevices, preferFirst, toggleRinger } from './device-preferences';

describe('preferFirst', () => {
  it('moves a chosen name to the top and keeps the rest in order', () => {
    expect(preferFirst(['A', 'B', 'C'], 'C')).toEqual(['C', 'A', 'B']);
    expect(preferFirst(['A', 'B'], 'New')).toEqual(['New', 'A', 'B']);
    expect(preferFirst([], 'A')).toEqual(['A']);
  });

  it('forgets the least preferred names beyond the limit', () => {
    const many = Array.from({ length: maxRememberedDevices }, (_, index) => `Device ${index}`);
    const next = preferFirst(many, 'New');
    expect(next).toHaveLength(maxRememberedDevices);
    expect(next[0]).toBe('New');
    expect(next).not.toContain(`Device ${maxRememberedDevices - 1}`);
  });
});

describe('toggleRinger', () => {
  it('keeps the speaker that rings by default when a second device is ticked', () => {
    expect(toggleRinger([], ['Headset'], 'Laptop', true)).toEqual(['Laptop', 'Headset']);
  });

  it('removes an unticked device and keeps remembered ones that are not connected', () => {
    expect(toggleRinger(['Headset', 'Desk phone'], ['Headset'], 'Headset', false)).toEqual(['Desk phone']);
  });

  it('does not duplicate a device ticked twice', () => {
    expect(toggleRinger(['Laptop'], ['Laptop'], 'Laptop', true)).toEqual(['Laptop']);
  });
});
