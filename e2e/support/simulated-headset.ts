import type { Page } from '@playwright/test';

/*
 * A simulated USB headset behind navigator.hid, installed before any page script. It reproduces
 * the Telephony collection of a Bluetooth-audio headset SDK, Airoha's by its build flags
 * (report_telephony_dscr; the descriptor the renderer's unit tests read, with its source, in
 * renderer/headset/real-headsets-test-kit.ts):
 *   input report 5, one byte: bit 0 Hook Switch (state: 1 while off the hook), bit 1 Phone Mute
 *   (1 while the button is held), then Redial, Flash, Line Busy Tone, Line, Speed Dial, Button 1;
 *   output report 5, one byte: bit 0 Off-Hook, 1 Mute, 2 Ring, 3 Hold, 4 Microphone, 5 On-Line.
 * Like headsets that follow the host's off-hook light (the echo quirk softphones have to live
 * with; Airoha's descriptor does not say whether its firmware does it: this part is assumed), it
 * echoes each change of the off-hook light as a hook switch report. The page sees no headset until it asks
 * for one with requestDevice (Settings, "Connect a headset"), as in a browser on first use.
 */

export const headsetName = 'Simulated telephony headset (Airoha SDK descriptor)';

/** The lights of output report 5, by bit. */
export const headsetLight = { offHook: 0x01, mute: 0x02, ring: 0x04, hold: 0x08 } as const;
/** Input report 5 bytes: off the hook; off the hook with mute held; back on the hook. */
export const headsetInput = { offHook: 0x01, offHookMuteHeld: 0x03, onHook: 0x00 } as const;

interface HeadsetRecord {
  requestFilters: unknown[];
  sent: { reportId: number; byte: number }[];
  send(byte: number): void;
}

type HeadsetWindow = Window & { __headset: HeadsetRecord };

export async function installSimulatedHeadset(page: Page): Promise<void> {
  await page.addInitScript((name: string) => {
    const target = window as unknown as HeadsetWindow;
    const item = (usages: number[], count: number, extra: Record<string, unknown> = {}) => ({
      usages,
      reportSize: 1,
      reportCount: count,
      isAbsolute: true,
      isConstant: false,
      isRange: false,
      ...extra,
    });
    const collections = [
      {
        usagePage: 0x0b,
        usage: 0x05,
        type: 1,
        children: [],
        featureReports: [],
        inputReports: [
          {
            reportId: 5,
            items: [
              item([0x0b0020], 1),
              item([0x0b002f], 1),
              item([0x0b0024, 0x0b0021, 0x0b0097, 0x0b002a, 0x0b0050], 5, { isAbsolute: false }),
              item([0x090007, 0x090001], 1),
            ],
          },
        ],
        outputReports: [
          {
            reportId: 5,
            items: [
              item([0x080017, 0x080009, 0x080018, 0x080020, 0x080021, 0x08002a], 6),
              item([], 2, { isConstant: true }),
            ],
          },
        ],
      },
    ];

    class SimulatedHeadset extends EventTarget {
      opened = false;
      readonly vendorId = 0x0e8d;
      readonly productId = 0x0616;
      readonly productName = name;
      readonly collections = collections;
      private offHookLight = false;

      async open() {
        this.opened = true;
      }
      async close() {
        this.opened = false;
      }
      async sendReport(reportId: number, data: ArrayBufferView) {
        if (!this.opened) throw new DOMException('The device must be opened first.', 'InvalidStateError');
        const byte = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)[0] ?? 0;
        target.__headset.sent.push({ reportId, byte });
        const offHook = (byte & 0x01) === 1;
        if (offHook !== this.offHookLight) {
          this.offHookLight = offHook;
          setTimeout(() => this.input(offHook ? 0x01 : 0x00), 20);
        }
      }
      input(byte: number) {
        const event = Object.assign(new Event('inputreport'), {
          device: this,
          reportId: 5,
          data: new DataView(new Uint8Array([byte]).buffer),
        });
        this.dispatchEvent(event);
      }
    }

    const headset = new SimulatedHeadset();
    let granted = false;
    class SimulatedHid extends EventTarget {
      async getDevices() {
        return granted ? [headset] : [];
      }
      async requestDevice(options: { filters: { usagePage?: number }[] }) {
        target.__headset.requestFilters.push(options);
        granted = options.filters.some((filter) => filter.usagePage === 0x0b);
        return granted ? [headset] : [];
      }
    }
    target.__headset = { requestFilters: [], sent: [], send: (byte) => headset.input(byte) };
    Object.defineProperty(navigator, 'hid', { value: new SimulatedHid(), configurable: true });
  }, headsetName);
}

/** The headset's lights as last set by the page (0 before any output report). */
export const headsetLights = (page: Page) =>
  page.evaluate(() => (window as unknown as HeadsetWindow).__headset.sent.at(-1)?.byte ?? 0);

/** Every output report the page sent, oldest first. */
export const headsetReports = (page: Page) => page.evaluate(() => (window as unknown as HeadsetWindow).__headset.sent);

export const headsetRequests = (page: Page) =>
  page.evaluate(() => (window as unknown as HeadsetWindow).__headset.requestFilters);

/** The person works the headset: the input report byte it then sends. */
export const pressOnHeadset = (page: Page, byte: number) =>
  page.evaluate((value) => (window as unknown as HeadsetWindow).__headset.send(value), byte);
