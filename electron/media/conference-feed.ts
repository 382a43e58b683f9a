import { decodeG711, encodeG711 } from './g711';
import type { G711Codec, PacketPort } from './media-session-types';

const samplesPerMs = 8;
/**
 * The most far-end audio a feed keeps waiting. Packets of both legs come in bursts (measured here:
 * four 20 ms frames at a time, and event-loop stalls), so this is room for a burst, not the usual
 * delay: the trimming below keeps that low. Beyond it the oldest samples go.
 */
export const maxQueuedMs = 200;
/**
 * Every this many frames mixed, audio that waited the whole time (the least that was waiting at any
 * take) is dropped: it only adds delay, since no gap needed it. A merge can start with a backlog.
 */
const trimEveryTakes = 50;

/** How a feed has gone, for diagnostics and the mixing cost figures. */
export interface ConferenceFeedStats {
  /** Frames mixed, and of those how many found too little far-end audio waiting (a gap, or the far end silent). */
  takes: number;
  underruns: number;
  /** Samples dropped because the queue was full (the far end's clock runs faster than ours). */
  droppedSamples: number;
  /** The far-end audio waiting when a frame was mixed: the delay the mixing adds, on average and at worst. */
  meanQueuedMs: number;
  maxQueuedMs: number;
}

/** One leg's far-end audio, queued as PCM, for the other leg of a 3-way call to mix into what it sends. */
export interface ConferenceFeed {
  /** The next `samples` of far-end audio; silence for what has not arrived. */
  take(samples: number): Int16Array;
  stats(): ConferenceFeedStats;
  stop(): void;
}

export function conferenceFeed(from: PacketPort): ConferenceFeed {
  const capacity = maxQueuedMs * samplesPerMs;
  const ring = new Int16Array(capacity);
  let start = 0;
  let queued = 0;
  const counts = { takes: 0, underruns: 0, droppedSamples: 0, queuedTotal: 0, queuedMax: 0 };
  let leastQueued = Infinity;

  function drop(samples: number): void {
    start = (start + samples) % capacity;
    queued -= samples;
    counts.droppedSamples += samples;
  }

  const stopListening = from.onFrame((frame) => {
    const pcm = decodeG711(frame.codec, frame.payload).subarray(-capacity);
    const overflow = queued + pcm.length - capacity;
    if (overflow > 0) drop(overflow);
    for (let i = 0; i < pcm.length; i++) ring[(start + queued + i) % capacity] = pcm[i]!;
    queued += pcm.length;
  });

  return {
    take(samples) {
      counts.takes++;
      leastQueued = Math.min(leastQueued, queued);
      if (counts.takes % trimEveryTakes === 0) {
        drop(Math.min(leastQueued, queued));
        leastQueued = Infinity;
      }
      counts.queuedTotal += queued;
      counts.queuedMax = Math.max(counts.queuedMax, queued);
      const out = new Int16Array(samples);
      const available = Math.min(samples, queued);
      if (available < samples) counts.underruns++;
      for (let i = 0; i < available; i++) out[i] = ring[(start + i) % capacity]!;
      start = (start + available) % capacity;
      queued -= available;
      return out;
    },
    stats: () => ({
      takes: counts.takes,
      underruns: counts.underruns,
      droppedSamples: counts.droppedSamples,
      meanQueuedMs: counts.takes === 0 ? 0 : counts.queuedTotal / counts.takes / samplesPerMs,
      maxQueuedMs: counts.queuedMax / samplesPerMs,
    }),
    stop: stopListening,
  };
}

/** What one leg of a 3-way call sends: the person's frame plus the other leg's far end. */
export type ConferenceMix = (codec: G711Codec, ownPayload: Uint8Array) => Uint8Array;

/** Adds the feed's audio to each frame, sample by sample, clipped to 16 bits. */
export function mixWith(feed: ConferenceFeed): ConferenceMix {
  return (codec, ownPayload) => {
    const own = decodeG711(codec, ownPayload);
    const other = feed.take(own.length);
    for (let i = 0; i < own.length; i++) own[i] = Math.max(-32768, Math.min(32767, own[i]! + other[i]!));
    return encodeG711(codec, own);
  };
}
