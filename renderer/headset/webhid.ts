/*
 * The part of WebHID (https://wicg.github.io/webhid/) Dialtone uses. TypeScript's DOM library does
 * not describe it yet. Usages are extended: usage page in the high 16 bits, usage id in the low 16.
 */

export interface HidReportItem {
  readonly isAbsolute?: boolean;
  readonly isConstant?: boolean;
  readonly isRange?: boolean;
  readonly usages?: readonly number[];
  readonly usageMinimum?: number;
  readonly usageMaximum?: number;
  readonly reportSize?: number;
  readonly reportCount?: number;
}

export interface HidReportInfo {
  readonly reportId?: number;
  readonly items?: readonly HidReportItem[];
}

export interface HidCollectionInfo {
  readonly usagePage?: number;
  readonly usage?: number;
  readonly children?: readonly HidCollectionInfo[];
  readonly inputReports?: readonly HidReportInfo[];
  readonly outputReports?: readonly HidReportInfo[];
}

export interface HidInputReportEvent extends Event {
  readonly device: HidDevice;
  readonly reportId: number;
  readonly data: DataView;
}

export interface HidDevice extends EventTarget {
  readonly opened: boolean;
  readonly vendorId: number;
  readonly productId: number;
  readonly productName: string;
  readonly collections: readonly HidCollectionInfo[];
  open(): Promise<void>;
  close(): Promise<void>;
  sendReport(reportId: number, data: BufferSource): Promise<void>;
}

export interface HidConnectionEvent extends Event {
  readonly device: HidDevice;
}

export interface Hid extends EventTarget {
  getDevices(): Promise<HidDevice[]>;
  requestDevice(options: { filters: { usagePage?: number; usage?: number }[] }): Promise<HidDevice[]>;
}

export const telephonyUsagePage = 0x0b;

/** WebHID where the browser has it (Chromium, Electron); undefined elsewhere. */
export function webHid(): Hid | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { hid?: Hid }).hid;
}
