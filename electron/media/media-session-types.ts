import type { SrtpPolicy } from '../../shared/models/account';

export type G711Codec = 'PCMU' | 'PCMA';

/** 20 ms of G.711 at 8 kHz. */
export const samplesPerFrame = 160;

export interface ReceivedFrame {
  codec: G711Codec;
  /** G.711 bytes, as received (no decoding). */
  payload: Uint8Array;
  /** RTP timestamp (8 kHz units) and sequence number as the far end sent them. */
  timestamp: number;
  sequence: number;
  marker: boolean;
  /** performance.now() when the packet arrived. */
  receivedAt: number;
}

/**
 * Where a call's audio enters and leaves the SIP media leg: G.711 payloads with timing. The
 * leg owns SSRC, sequence numbers and timestamps on the wire; the audio bridge (issue 4), the
 * WAV source/sink and the sound test plug in here.
 */
export interface PacketPort {
  /** The negotiated codec; undefined until offer/answer completes. */
  readonly codec: G711Codec | undefined;
  /** Sends one frame of `codec` payload; `samples` defaults to the payload length (G.711: 1 byte = 1 sample). */
  send(payload: Uint8Array, samples?: number): void;
  onFrame(listener: (frame: ReceivedFrame) => void): () => void;
}

export type MediaDirection = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface MediaStats {
  packetsSent: number;
  packetsReceived: number;
  bytesReceived: number;
  /** Far end's view of our stream from its RTCP reports, when it sends them. */
  remoteFractionLost: number | undefined;
  remoteJitterMs: number | undefined;
  roundTripMs: number | undefined;
  /** Our view of the far end's stream: lost since the call began, and over the last report interval. */
  packetsLost: number;
  fractionLost: number | undefined;
  jitterMs: number;
  droppedWrongSource: number;
  droppedMalformed: number;
  srtpAuthFailures: number;
}

export interface MediaSessionOptions {
  srtp: SrtpPolicy;
  /** Address written into SDP c= (the address the SIP socket uses locally, or the STUN-mapped one). */
  advertisedAddress: string;
  /** Where the RTP socket binds. */
  bindAddress: string;
  /** host:port of a STUN server, or null (off in the lab). */
  stunServer: string | null;
  /** Hang up after this long without RTP (default 30 s). */
  rtpTimeoutMs?: number;
  /** Mean RTCP report interval (default 5 s; randomised over 0.5..1.5 of it). Short in tests. */
  rtcpIntervalMs?: number;
  /** How often the STUN mapping is refreshed to keep the NAT pinhole open (default 25 s). */
  stunRefreshMs?: number;
}

export type MediaEndReason = 'rtp-timeout';

/** Raised while negotiating; the SIP layer answers 488 Not Acceptable Here. */
export class MediaNegotiationError extends Error {
  override name = 'MediaNegotiationError';
}

/** The SIP media leg of one call: SDP offer/answer, RTP or SDES-SRTP over UDP, RTCP, DTMF. */
export interface MediaSession {
  readonly port: PacketPort;
  /** An offer for an initial INVITE or a re-INVITE (hold: 'sendonly' or 'inactive'). */
  createOffer(direction: MediaDirection): Promise<string>;
  /** Answers a remote offer (initial or re-INVITE); honours the far end's hold. Throws MediaNegotiationError. */
  createAnswer(remoteOffer: string, direction: MediaDirection): Promise<string>;
  /** Applies the answer to our offer. Throws MediaNegotiationError. */
  applyAnswer(remoteAnswer: string): void;
  /** The effective direction after the last negotiation, from our side. */
  readonly direction: MediaDirection;
  readonly telephoneEventNegotiated: boolean;
  /** RFC 4733: sends the digits one after another; resolves when the last end packet left. */
  sendDtmf(digits: string, toneMs?: number): Promise<void>;
  /** RFC 4733: each key the far end presses, once per key press. */
  onDtmf(listener: (key: string) => void): () => void;
  stats(): MediaStats;
  onEnd(listener: (reason: MediaEndReason) => void): () => void;
  close(): Promise<void>;
}
