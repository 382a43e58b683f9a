/** Kept apart from audio-bridge.ts so that naming them does not load werift. */

export interface AudioBridge {
  /** Non-trickle: carries every (loopback) candidate of ours. */
  readonly answerSdp: string;
  /** Stops the relay, then closes the peer. Safe to call more than once. */
  close(): Promise<void>;
}

/** The renderer's offer cannot be answered (no audio, no loopback candidate, no PCMU). */
export class AudioBridgeError extends Error {
  override name = 'AudioBridgeError';
}
