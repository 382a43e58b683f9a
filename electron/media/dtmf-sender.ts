import type { RtpSender } from './rtp-sender';

/** RFC 4733 section 3.2: DTMF event codes. */
const eventCodes: Record<string, number> = {
  '0': 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
  '8': 8,
  '9': 9,
  '*': 10,
  '#': 11,
  A: 12,
  B: 13,
  C: 14,
  D: 15,
};

/** The key of an RFC 4733 event code, or undefined for events that are not DTMF keys (16 and up). */
export function dtmfKeyOfEvent(event: number): string | undefined {
  return Object.keys(eventCodes).find((key) => eventCodes[key] === event);
}

/** Digits to event codes; throws RangeError for anything that is not 0-9, *, #, A-D. */
export function dtmfEvents(digits: string): number[] {
  return [...digits].map((digit) => {
    const code = eventCodes[digit.toUpperCase()];
    if (code === undefined) throw new RangeError(`"${digit}" is not a DTMF digit (0-9, *, #, A-D)`);
    return code;
  });
}

/** The 4-byte telephone-event payload: event, E bit, volume (-dBm0), duration in samples. */
export function telephoneEventPayload(event: number, end: boolean, duration: number, volume = 10): Buffer {
  const payload = Buffer.alloc(4);
  payload[0] = event;
  payload[1] = (end ? 0x80 : 0) | (volume & 0x3f);
  payload.writeUInt16BE(Math.min(duration, 0xffff), 2);
  return payload;
}

export interface DtmfTiming {
  toneMs: number;
  gapMs: number;
}

export const defaultDtmfTiming: DtmfTiming = { toneMs: 100, gapMs: 65 };
const packetMs = 20;
const endRepeats = 3;

/** Waits until `deadline` (performance.now() time): a schedule from a fixed start does not drift. */
function until(deadline: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - performance.now())));
}

/**
 * Sends the events one after another: a packet every 20 ms with the event's start timestamp,
 * the marker on the first, duration growing, the end packet three times. Audio is paused from
 * the first event until the last end packet (gaps between digits included), then resumes with
 * the marker. Starts no earlier than `notBefore` (the gap after a previous call); resolves with
 * the time the last end packet left. `cancelled` stops early (close()).
 */
export async function sendDtmfEvents(
  sender: RtpSender,
  payloadType: number,
  events: number[],
  timing: DtmfTiming & { notBefore?: number },
  cancelled: () => boolean,
): Promise<number> {
  const packets = Math.max(2, Math.round(timing.toneMs / packetMs));
  let start = Math.max(performance.now(), timing.notBefore ?? 0);
  try {
    for (const [index, event] of events.entries()) {
      await until(start);
      // Pausing again moves the timestamp on by the previous tone and gap.
      if (index > 0) sender.resume('dtmf');
      sender.pause('dtmf');
      const timestamp = sender.timestamp;
      for (let i = 1; i <= packets + endRepeats - 1; i++) {
        await until(start + (i - 1) * packetMs);
        if (cancelled()) throw new Error('The media session closed while sending DTMF');
        const end = i >= packets;
        sender.sendEvent(
          payloadType,
          telephoneEventPayload(event, end, Math.min(i, packets) * 160),
          timestamp,
          i === 1,
        );
      }
      start += (packets + endRepeats - 2) * packetMs + timing.gapMs;
    }
    return performance.now();
  } finally {
    sender.resume('dtmf');
  }
}

/** Runs DTMF sequences one after another, keeping the gap between the last digit of one and the next. */
export class DtmfQueue {
  private queue: Promise<unknown> = Promise.resolve();
  private lastEnd = 0;

  constructor(
    private readonly sender: RtpSender,
    private readonly cancelled: () => boolean,
  ) {}

  enqueue(payloadType: () => number | undefined, events: number[], toneMs: number): Promise<void> {
    const timing = { toneMs: Math.min(Math.max(toneMs, 40), 5000), gapMs: defaultDtmfTiming.gapMs };
    const run = async () => {
      const type = payloadType();
      if (type === undefined) throw new Error('telephone-event is no longer negotiated');
      const notBefore = this.lastEnd + timing.gapMs;
      this.lastEnd = await sendDtmfEvents(this.sender, type, events, { ...timing, notBefore }, this.cancelled);
    };
    const queued = this.queue.catch(() => undefined).then(run);
    this.queue = queued;
    return queued;
  }
}
