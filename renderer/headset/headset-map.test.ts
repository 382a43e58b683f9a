import { describe, expect, it } from 'vitest';
import { isTelephonyDevice, ledOutputReports, readControls, readHeadsetMap } from './headset-map';
import { airohaTelephonyHeadset, gigasetDongle, reportData, teamsHeadsetRelativeHook } from './real-headsets-test-kit';

const allOff = { offHook: false, mute: false, ring: false, hold: false };

describe('reading where a real headset keeps its buttons and lights', () => {
  it('finds the Airoha headset’s hook switch and mute in report 5 and its four lights in output report 5', () => {
    expect(readHeadsetMap(airohaTelephonyHeadset)).toEqual({
      controls: {
        hookSwitch: { reportId: 5, bitOffset: 0, absolute: true },
        phoneMute: { reportId: 5, bitOffset: 1, absolute: true },
      },
      ledReports: [{ reportId: 5, byteLength: 1, leds: { offHook: 0, mute: 1, ring: 2, hold: 3 } }],
    });
  });

  it('finds mute after the line bits on the Gigaset dongle and sizes its two-byte light report', () => {
    const map = readHeadsetMap(gigasetDongle);
    expect(map.controls).toEqual({
      hookSwitch: { reportId: 2, bitOffset: 0, absolute: true },
      phoneMute: { reportId: 2, bitOffset: 3, absolute: true },
    });
    expect(map.ledReports).toEqual([{ reportId: 2, byteLength: 2, leds: { offHook: 0, mute: 1, ring: 2, hold: 3 } }]);
  });

  it('skips the Teams headset’s vendor collection and reads its hook switch as one that reports presses', () => {
    expect(readHeadsetMap(teamsHeadsetRelativeHook)).toEqual({
      controls: {
        hookSwitch: { reportId: 2, bitOffset: 1, absolute: false },
        phoneMute: { reportId: 2, bitOffset: 2, absolute: false },
      },
      ledReports: [],
    });
  });

  it('tells telephony devices from others', () => {
    expect(isTelephonyDevice(gigasetDongle)).toBe(true);
    expect(isTelephonyDevice(teamsHeadsetRelativeHook)).toBe(true);
    expect(isTelephonyDevice([{ usagePage: 0x0c, usage: 0x01 }])).toBe(false);
    expect(isTelephonyDevice([])).toBe(false);
  });

  it('reads usage ranges and the repeated last usage the HID specification allows', () => {
    const map = readHeadsetMap([
      {
        usagePage: 0x0b,
        inputReports: [
          {
            reportId: 1,
            items: [
              { isRange: true, usageMinimum: 0x0b_001e, usageMaximum: 0x0b_0020, reportSize: 1, reportCount: 3 },
              { usages: [0x0b_0021, 0x0b_002f], reportSize: 1, reportCount: 3, isAbsolute: false },
            ],
          },
        ],
      },
    ]);
    expect(map.controls).toEqual({
      hookSwitch: { reportId: 1, bitOffset: 2, absolute: true },
      phoneMute: { reportId: 1, bitOffset: 4, absolute: false },
    });
  });

  it('finds nothing in a device without telephony collections', () => {
    expect(readHeadsetMap([{ usagePage: 0x0c, inputReports: [{ reportId: 1, items: [] }] }])).toEqual({
      controls: {},
      ledReports: [],
    });
  });
});

describe('input reports', () => {
  it('reads the Gigaset dongle’s reports as sent: off hook, then mute held, then back on the hook', () => {
    const map = readHeadsetMap(gigasetDongle);
    expect(readControls(map, 2, reportData(0x01, 0x00))).toEqual({ hookSwitch: true, phoneMute: false });
    expect(readControls(map, 2, reportData(0x09, 0x00))).toEqual({ hookSwitch: true, phoneMute: true });
    expect(readControls(map, 2, reportData(0x00, 0x00))).toEqual({ hookSwitch: false, phoneMute: false });
  });

  it('ignores other reports and reports too short to hold the bit', () => {
    const map = readHeadsetMap(gigasetDongle);
    expect(readControls(map, 7, reportData(0xff))).toEqual({});
    expect(readControls(map, 2, reportData())).toEqual({});
  });
});

describe('light reports', () => {
  it('sets the Airoha headset’s lights in one byte', () => {
    const map = readHeadsetMap(airohaTelephonyHeadset);
    expect(ledOutputReports(map, allOff)).toEqual([{ reportId: 5, data: new Uint8Array([0x00]) }]);
    expect(ledOutputReports(map, { ...allOff, ring: true })).toEqual([{ reportId: 5, data: new Uint8Array([0x04]) }]);
    expect(ledOutputReports(map, { offHook: true, mute: true, ring: false, hold: true })).toEqual([
      { reportId: 5, data: new Uint8Array([0x0b]) },
    ]);
  });

  it('writes the Gigaset dongle’s two bytes and nothing to a headset without lights', () => {
    expect(ledOutputReports(readHeadsetMap(gigasetDongle), { ...allOff, offHook: true })).toEqual([
      { reportId: 2, data: new Uint8Array([0x01, 0x00]) },
    ]);
    expect(ledOutputReports(readHeadsetMap(teamsHeadsetRelativeHook), { ...allOff, ring: true })).toEqual([]);
  });
});
