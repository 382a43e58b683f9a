import { telephonyUsagePage, type HidCollectionInfo, type HidReportInfo } from './webhid';

/** Buttons a headset reports (Telephony page 0x0B): Hook Switch 0x20, Phone Mute 0x2F. */
export type HeadsetControl = 'hookSwitch' | 'phoneMute';
/** Lights Dialtone sets (LED page 0x08): Off-Hook 0x17, Mute 0x09, Ring 0x18, Hold 0x20. */
export type HeadsetLed = 'offHook' | 'mute' | 'ring' | 'hold';
export type LedState = Record<HeadsetLed, boolean>;

const controlUsages: Record<HeadsetControl, number> = { hookSwitch: 0x0b_0020, phoneMute: 0x0b_002f };
const ledUsages: Record<HeadsetLed, number> = { offHook: 0x08_0017, mute: 0x08_0009, ring: 0x08_0018, hold: 0x08_0020 };

export interface InputControl {
  reportId: number;
  /** From the first bit of the report's data (the report id is not part of it). */
  bitOffset: number;
  /** Absolute: the bit is the state (off-hook while 1). Relative: each 1 is a press. */
  absolute: boolean;
}

export interface LedReport {
  reportId: number;
  byteLength: number;
  leds: Partial<Record<HeadsetLed, number>>;
}

/** Where a headset's buttons and lights are in its reports, read from its report descriptor. */
export interface HeadsetMap {
  controls: Partial<Record<HeadsetControl, InputControl>>;
  ledReports: LedReport[];
}

interface OneBitField {
  usage: number;
  bitOffset: number;
  absolute: boolean;
}

/** The one-bit data fields of a report, each with its usage and where it sits; wider fields only take room. */
function oneBitFields(report: HidReportInfo): { fields: OneBitField[]; bitLength: number } {
  const fields: OneBitField[] = [];
  let bitOffset = 0;
  for (const item of report.items ?? []) {
    const size = item.reportSize ?? 0;
    const count = item.reportCount ?? 0;
    const usages = item.usages ?? [];
    for (let index = 0; index < count; index += 1) {
      const usage = item.isRange
        ? (item.usageMinimum ?? 0) + index
        : // Fewer usages than fields: the last usage repeats (HID 1.11, 6.2.2.8).
          usages[Math.min(index, usages.length - 1)];
      const inRange = usage !== undefined && (!item.isRange || usage <= (item.usageMaximum ?? usage));
      if (size === 1 && !item.isConstant && inRange) {
        fields.push({ usage, bitOffset: bitOffset + index, absolute: item.isAbsolute ?? true });
      }
    }
    bitOffset += size * count;
  }
  return { fields, bitLength: bitOffset };
}

function telephonyCollections(collections: readonly HidCollectionInfo[]): HidCollectionInfo[] {
  const withChildren = (collection: HidCollectionInfo): HidCollectionInfo[] => [
    collection,
    ...(collection.children ?? []).flatMap(withChildren),
  ];
  return collections.filter((collection) => collection.usagePage === telephonyUsagePage).flatMap(withChildren);
}

/** True when the device has a Telephony collection: a headset, handset or speakerphone with call buttons. */
export function isTelephonyDevice(collections: readonly HidCollectionInfo[]): boolean {
  return collections.some((collection) => collection.usagePage === telephonyUsagePage);
}

export function readHeadsetMap(collections: readonly HidCollectionInfo[]): HeadsetMap {
  const telephony = telephonyCollections(collections);
  const controls: HeadsetMap['controls'] = {};
  for (const report of telephony.flatMap((collection) => collection.inputReports ?? [])) {
    for (const field of oneBitFields(report).fields) {
      for (const [control, usage] of Object.entries(controlUsages) as [HeadsetControl, number][]) {
        if (field.usage === usage && !controls[control]) {
          controls[control] = { reportId: report.reportId ?? 0, bitOffset: field.bitOffset, absolute: field.absolute };
        }
      }
    }
  }
  const ledReports: LedReport[] = [];
  for (const report of telephony.flatMap((collection) => collection.outputReports ?? [])) {
    const { fields, bitLength } = oneBitFields(report);
    const leds: LedReport['leds'] = {};
    for (const field of fields) {
      for (const [led, usage] of Object.entries(ledUsages) as [HeadsetLed, number][]) {
        if (field.usage === usage && leds[led] === undefined) leds[led] = field.bitOffset;
      }
    }
    if (Object.keys(leds).length > 0) {
      ledReports.push({ reportId: report.reportId ?? 0, byteLength: Math.ceil(bitLength / 8), leds });
    }
  }
  return { controls, ledReports };
}

/** The controls an input report carries, each as its bit says (true = 1). */
export function readControls(
  map: HeadsetMap,
  reportId: number,
  data: DataView,
): Partial<Record<HeadsetControl, boolean>> {
  const values: Partial<Record<HeadsetControl, boolean>> = {};
  for (const [control, field] of Object.entries(map.controls) as [HeadsetControl, InputControl][]) {
    const byte = field.bitOffset >> 3;
    if (field.reportId !== reportId || byte >= data.byteLength) continue;
    values[control] = ((data.getUint8(byte) >> (field.bitOffset & 7)) & 1) === 1;
  }
  return values;
}

/** The output reports that set the headset's lights to `state` (lights it lacks are left out). */
export function ledOutputReports(
  map: HeadsetMap,
  state: LedState,
): { reportId: number; data: Uint8Array<ArrayBuffer> }[] {
  return map.ledReports.map(({ reportId, byteLength, leds }) => {
    const data = new Uint8Array(byteLength);
    for (const [led, bitOffset] of Object.entries(leds) as [HeadsetLed, number][]) {
      if (state[led]) data[bitOffset >> 3] = (data[bitOffset >> 3] ?? 0) | (1 << (bitOffset & 7));
    }
    return { reportId, data };
  });
}
