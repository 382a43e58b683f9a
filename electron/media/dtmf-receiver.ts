import { dtmfKeyOfEvent } from './dtmf-sender';

/** How many recent events are remembered, so a late or repeated packet of one is not a new key. */
const rememberedEvents = 16;

/**
 * Keys the far end sends as RFC 4733 telephone-events. One key press is one event, named by its
 * RTP timestamp and sent as several packets (start, updates, three end packets) that may be lost
 * or reordered: the key is reported once, on the first of its packets that arrives.
 */
export class TelephoneEventReceiver {
  private readonly seen: number[] = [];

  constructor(private readonly onKey: (key: string) => void) {}

  receive(payload: Uint8Array, timestamp: number): void {
    if (payload.length < 4 || this.seen.includes(timestamp)) return;
    const key = dtmfKeyOfEvent(payload[0]!);
    if (key === undefined) return;
    this.seen.push(timestamp);
    if (this.seen.length > rememberedEvents) this.seen.shift();
    this.onKey(key);
  }
}
