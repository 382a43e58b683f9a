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
/** A sequence step beyond this (either way) is a new far-end stream too, not loss or reordering. */
const maxSequenceGap = 100;

/**
 * Our stream toward the renderer: own sequence numbers that advance with the far end's (so its
 * losses stay gaps the jitter buffer can see, and a late frame still has its place), and
 * timestamps rebased from a random start. A timestamp advances by the far end's step when that
 * step is plausible, otherwise (a new far-end source after a re-INVITE, say) by the time that
 * passed, and the sequence then by one. The first packet and the first after any gap carry the
 * marker. A frame older than the newest one sent (reordered on the way) goes out in its place,
 * for Chromium's jitter buffer to put back in order: dropping it would turn a network's jitter
 * into loss. A repeated frame is dropped.
 */
export class RendererStream {
  private sequence = randomBytes(2).readUInt16BE(0);
  private timestamp = randomBytes(4).readUInt32BE(0);
  private last: { timestamp: number; sequence: number; samples: number; receivedAt: number } | undefined;
  dropped = 0;

  next(frame: ReceivedFrame): RendererPacket | undefined {
    const samples = frame.payload.length;
    let marker = frame.marker;
    let sequenceStep = 1;
    if (this.last) {
      const step = (frame.timestamp - this.last.timestamp) | 0;
      const sequenceDelta = ((frame.sequence - this.last.sequence) << 16) >> 16;
      if (step <= 0 && step > -maxGapSamples) return this.late(frame, step, sequenceDelta);
      if (step > 0 && step <= maxGapSamples) {
        this.timestamp = (this.timestamp + step) >>> 0;
        if (step !== this.last.samples) marker = true;
        if (sequenceDelta > 0 && sequenceDelta <= maxSequenceGap) sequenceStep = sequenceDelta;
      } else {
        const elapsed = Math.round(((frame.receivedAt - this.last.receivedAt) * clockRate) / 1000);
        this.timestamp = (this.timestamp + Math.max(this.last.samples, elapsed)) >>> 0;
        marker = true;
      }
    } else {
      marker = true;
    }
    this.sequence = (this.sequence + sequenceStep) & 0xffff;
    this.last = { timestamp: frame.timestamp, sequence: frame.sequence, samples, receivedAt: frame.receivedAt };
    return { sequence: this.sequence, timestamp: this.timestamp, marker, payload: toPcmu(frame.codec, frame.payload) };
  }

  /** A frame not ahead of the newest one sent: in its own place if the far end's numbering says where, else dropped. */
  private late(frame: ReceivedFrame, step: number, sequenceDelta: number): RendererPacket | undefined {
    if (step === 0 || sequenceDelta >= 0 || sequenceDelta < -maxSequenceGap) {
      this.dropped++;
      return undefined;
    }
    return {
      sequence: (this.sequence + sequenceDelta) & 0xffff,
      timestamp: (this.timestamp + step) >>> 0,
      marker: false,
      payload: toPcmu(frame.codec, frame.payload),
    };
  }
}
