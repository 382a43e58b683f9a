import { randomBytes } from 'node:crypto';
import type { ReceivedFrame } from '../media-session-types';
import { toPcmu } from './g711-transcode';

export interface RendererPacket {
  sequence: number;
  timestamp: number;
  marker: boolean;
  /** PCMU, whatever the SIP leg negotiated. */
  payload: Uint8Array;
}

const clockRate = 8000;
/** A timestamp step beyond this (or backwards) means the far end's stream restarted, not a gap. */
const maxGapSamples = 5 * clockRate;

/**
 * Our stream toward the renderer: own sequence numbers (one per packet, no holes) and timestamps
 * rebased from a random start. A timestamp advances by the far end's step when that step is
 * plausible, otherwise (a new far-end source after a re-INVITE, say) by the time that passed.
 * The first packet and the first after any gap carry the marker, so the jitter buffer resyncs.
 * Late or duplicate frames (timestamp not ahead of the last one) are dropped.
 */
export class RendererStream {
  private sequence = randomBytes(2).readUInt16BE(0);
  private timestamp = randomBytes(4).readUInt32BE(0);
  private last: { timestamp: number; samples: number; receivedAt: number } | undefined;
  dropped = 0;

  next(frame: ReceivedFrame): RendererPacket | undefined {
    const samples = frame.payload.length;
    let marker = frame.marker;
    if (this.last) {
      const step = (frame.timestamp - this.last.timestamp) | 0;
      if (step <= 0 && step > -maxGapSamples) {
        this.dropped++;
        return undefined;
      }
      if (step > 0 && step <= maxGapSamples) {
        this.timestamp = (this.timestamp + step) >>> 0;
        if (step !== this.last.samples) marker = true;
      } else {
        const elapsed = Math.round(((frame.receivedAt - this.last.receivedAt) * clockRate) / 1000);
        this.timestamp = (this.timestamp + Math.max(this.last.samples, elapsed)) >>> 0;
        marker = true;
      }
    } else {
      marker = true;
    }
    this.sequence = (this.sequence + 1) & 0xffff;
    this.last = { timestamp: frame.timestamp, samples, receivedAt: frame.receivedAt };
    return { sequence: this.sequence, timestamp: this.timestamp, marker, payload: toPcmu(frame.codec, frame.payload) };
  }
}
