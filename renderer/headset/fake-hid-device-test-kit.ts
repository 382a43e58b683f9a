import type { HidCollectionInfo, HidDevice } from './webhid';

/** A HIDDevice that behaves as Chromium's does for one headset: open(), sendReport() recorded, input reports sent at will. */
export class FakeHidDevice extends EventTarget implements HidDevice {
  opened = false;
  readonly vendorId = 0x0b0e;
  readonly productId = 0x0001;
  readonly sent: { reportId: number; bytes: number[] }[] = [];

  constructor(
    readonly productName: string,
    readonly collections: readonly HidCollectionInfo[],
  ) {
    super();
  }

  async open(): Promise<void> {
    this.opened = true;
  }

  async close(): Promise<void> {
    this.opened = false;
  }

  async sendReport(reportId: number, data: BufferSource): Promise<void> {
    if (!this.opened) throw new DOMException('The device must be opened first.', 'InvalidStateError');
    const bytes =
      data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.sent.push({ reportId, bytes: [...bytes] });
  }

  /** The headset sends an input report (data without the report id). */
  press(reportId: number, ...bytes: number[]): void {
    const event = Object.assign(new Event('inputreport'), {
      device: this,
      reportId,
      data: new DataView(new Uint8Array(bytes).buffer),
    });
    this.dispatchEvent(event);
  }
}
