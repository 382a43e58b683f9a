import type { HidCollectionInfo } from './webhid';

/*
 * Real headsets' report descriptors, as WebHID's device.collections presents them (one item per
 * Input/Output main item; usages extended with their page: 0x0B0020 is Telephony Hook Switch).
 * Sources, found with the code and page search:
 */

/**
 * A Bluetooth-audio headset SDK's USB HID descriptors (Airoha's, judging by its AIR_ build flags;
 * chip-vendor firmware used in many headsets and dongles, not one branded model), found by code
 * search; the search gave the file but not its repository. Its report_telephony_dscr: Telephony >
 * Headset, report 5. Input: Hook Switch (Abs), Phone Mute (flags 0x22: Abs, although the SDK's comment
 * says Relative), then Redial, Flash, Line Busy Tone, Line, Speed Dial (Rel), then one Button-page bit.
 * Output: LEDs Off-Hook, Mute, Ring, Hold, Microphone, On-Line, then 2 padding bits.
 */
export const airohaTelephonyHeadset: HidCollectionInfo[] = [
  {
    usagePage: 0x0b,
    usage: 0x05,
    inputReports: [
      {
        reportId: 5,
        items: [
          { usages: [0x0b_0020], reportSize: 1, reportCount: 1, isAbsolute: true },
          { usages: [0x0b_002f], reportSize: 1, reportCount: 1, isAbsolute: true },
          {
            usages: [0x0b_0024, 0x0b_0021, 0x0b_0097, 0x0b_002a, 0x0b_0050],
            reportSize: 1,
            reportCount: 5,
            isAbsolute: false,
          },
          { usages: [0x09_0007, 0x09_0001], reportSize: 1, reportCount: 1, isAbsolute: true },
        ],
      },
    ],
    outputReports: [
      {
        reportId: 5,
        items: [
          {
            usages: [0x08_0017, 0x08_0009, 0x08_0018, 0x08_0020, 0x08_0021, 0x08_002a],
            reportSize: 1,
            reportCount: 6,
            isAbsolute: true,
          },
          { usages: [], reportSize: 1, reportCount: 2, isConstant: true, isAbsolute: true },
        ],
      },
    ],
  },
];

/**
 * Gigaset's headset dongle, from Gigaset's own HID protocol page
 * (teamwork.gigaset.com/gigawiki/pages/viewpage.action?pageId=1136427703). Report 2 in: Hook Switch,
 * Line Busy Tone, Line, Phone Mute, Flash, Redial, Speed Dial, Button 7 (reject), 8 reserved bits.
 * Report 2 out: Off-Hook, Mute, Ring, Hold, Microphone, then On-Line, Ringer (marked not used) and 9
 * reserved bits, written here as 11 padding bits. The page gives the usage types (OOC), not the
 * Input flags: modelled as Data,Var,Abs.
 */
export const gigasetDongle: HidCollectionInfo[] = [
  {
    usagePage: 0x0b,
    usage: 0x01,
    inputReports: [
      {
        reportId: 2,
        items: [
          {
            usages: [0x0b_0020, 0x0b_0097, 0x0b_002a, 0x0b_002f, 0x0b_0021, 0x0b_0024, 0x0b_0050, 0x09_0007],
            reportSize: 1,
            reportCount: 8,
            isAbsolute: true,
          },
          { usages: [], reportSize: 8, reportCount: 1, isConstant: true, isAbsolute: true },
        ],
      },
    ],
    outputReports: [
      {
        reportId: 2,
        items: [
          {
            usages: [0x08_0017, 0x08_0009, 0x08_0018, 0x08_0020, 0x08_0021],
            reportSize: 1,
            reportCount: 5,
            isAbsolute: true,
          },
          { usages: [], reportSize: 1, reportCount: 11, isConstant: true, isAbsolute: true },
        ],
      },
    ],
  },
];

/**
 * A Microsoft Teams headset captured in the Microsoft Tech Community thread "How to check if the HID
 * command for connecting the device to Teams did not return correctly?" (techcommunity.microsoft.com,
 * m-p/4215657, Aug 2024): first a vendor collection (page 0xFF01: reports 0x10, 0x11 in and 0x50,
 * 0x51 out), then Telephony > Headset, report 2 in: Redial, Hook Switch, Phone Mute, one bit each,
 * Data,Var,Rel: this hook switch reports presses, not a state. The post is cut before the output
 * items, so this double has none.
 */
export const teamsHeadsetRelativeHook: HidCollectionInfo[] = [
  {
    usagePage: 0xff01,
    usage: 0x01,
    children: [
      {
        usagePage: 0xff01,
        usage: 0,
        inputReports: [
          { reportId: 0x10, items: [{ usages: [0xff01_0044], reportSize: 8, reportCount: 15, isAbsolute: true }] },
          { reportId: 0x11, items: [{ usages: [0xff01_0045], reportSize: 8, reportCount: 63, isAbsolute: true }] },
        ],
        outputReports: [
          { reportId: 0x50, items: [{ usages: [0xff01_0054], reportSize: 8, reportCount: 15, isAbsolute: true }] },
          { reportId: 0x51, items: [{ usages: [0xff01_0055], reportSize: 8, reportCount: 63, isAbsolute: true }] },
        ],
      },
    ],
  },
  {
    usagePage: 0x0b,
    usage: 0x05,
    inputReports: [
      {
        reportId: 2,
        items: [{ usages: [0x0b_0024, 0x0b_0020, 0x0b_002f], reportSize: 1, reportCount: 3, isAbsolute: false }],
      },
    ],
  },
];

/** The bytes of an input or output report's data (without the report id), as a DataView. */
export const reportData = (...bytes: number[]) => new DataView(new Uint8Array(bytes).buffer);
