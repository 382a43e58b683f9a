import { createCipheriv, createHmac, timingSafeEqual } from 'node:crypto';
import { ReplayWindow } from './replay-window';
import { rtpHeaderLength } from './rtp-packet';
import { counterIv, deriveRtpKeys, srtpTagLength, type MasterKey, type SessionKeys, type SrtpSuite } from './srtp-keys';

export type UnprotectFailure = 'malformed' | 'auth' | 'replay';
export type UnprotectResult = { ok: true; packet: Buffer } | { ok: false; reason: UnprotectFailure };

interface StreamState {
  /** Highest sequence number authenticated (s_l) and the roll-over counter. */
  highestSequence: number;
  rolloverCounter: number;
  replay: ReplayWindow;
}

/** Per-SSRC state is kept for a few streams: the far end may switch SSRC (re-INVITE, transfer). */
const maxStreams = 8;

export function aesCounterMode(key: Buffer, iv: Buffer, data: Uint8Array): Buffer {
  return createCipheriv('aes-128-ctr', key, iv).update(data);
}

export function hmacTag(key: Buffer, length: number, ...parts: Uint8Array[]): Buffer {
  const hmac = createHmac('sha1', key);
  for (const part of parts) hmac.update(part);
  return hmac.digest().subarray(0, length);
}

function rocBytes(roc: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(roc >>> 0);
  return out;
}

/**
 * SRTP (RFC 3711) for RTP packets in one direction: AES-CM encryption and HMAC-SHA1 authentication.
 *
 * Ours rather than werift's SrtpSession, which passes the appendix B vectors but has no
 * AES_CM_128_HMAC_SHA1_32, no replay protection, no 32-bit SRTCP tag, throws on bad packets, and
 * guesses the roll-over counter only within 100 packets of the wrap: 2 s of loss across it and
 * every later packet fails authentication. srtp-werift-interop.test.ts runs the two against each other.
 */
export class SrtpTransform {
  private readonly keys: SessionKeys;
  private readonly tagLength: number;
  private readonly streams = new Map<number, StreamState>();

  constructor(suite: SrtpSuite, master: MasterKey) {
    this.keys = deriveRtpKeys(master);
    this.tagLength = srtpTagLength(suite);
  }

  /** Encrypts and authenticates a serialised RTP packet (our own, so well formed). */
  protect(rtp: Uint8Array): Buffer {
    const headerLength = rtpHeaderLength(rtp);
    if (headerLength === undefined) throw new Error('protect() needs a valid RTP packet');
    const view = Buffer.from(rtp.buffer, rtp.byteOffset, rtp.byteLength);
    const ssrc = view.readUInt32BE(8);
    const sequence = view.readUInt16BE(2);
    const state = this.stream(ssrc, sequence);
    const roc = this.estimateRoc(state, sequence);
    this.advance(state, sequence, roc);
    const index = roc * 65536 + sequence;
    const encrypted = aesCounterMode(
      this.keys.encryptionKey,
      counterIv(this.keys.salt, ssrc, index),
      view.subarray(headerLength),
    );
    const body = Buffer.concat([view.subarray(0, headerLength), encrypted]);
    return Buffer.concat([body, hmacTag(this.keys.authenticationKey, this.tagLength, body, rocBytes(roc))]);
  }

  /** Authenticates, checks replay and decrypts. Never throws on network input. */
  unprotect(srtp: Uint8Array): UnprotectResult {
    const view = Buffer.from(srtp.buffer, srtp.byteOffset, srtp.byteLength);
    const body = view.subarray(0, Math.max(0, view.length - this.tagLength));
    const headerLength = rtpHeaderLength(body);
    if (headerLength === undefined) return { ok: false, reason: 'malformed' };
    const ssrc = view.readUInt32BE(8);
    const sequence = view.readUInt16BE(2);
    const known = this.streams.get(ssrc);
    const state = known ?? { highestSequence: sequence, rolloverCounter: 0, replay: new ReplayWindow() };
    const roc = this.estimateRoc(state, sequence);
    const index = roc * 65536 + sequence;
    const tag = view.subarray(body.length);
    const expected = hmacTag(this.keys.authenticationKey, this.tagLength, body, rocBytes(roc));
    if (!timingSafeEqual(tag, expected)) return { ok: false, reason: 'auth' };
    if (!state.replay.check(index)) return { ok: false, reason: 'replay' };
    state.replay.accept(index);
    if (!known) this.remember(ssrc, state);
    this.advance(state, sequence, roc);
    const payload = aesCounterMode(
      this.keys.encryptionKey,
      counterIv(this.keys.salt, ssrc, index),
      body.subarray(headerLength),
    );
    return { ok: true, packet: Buffer.concat([body.subarray(0, headerLength), payload]) };
  }

  private stream(ssrc: number, sequence: number): StreamState {
    let state = this.streams.get(ssrc);
    if (!state) {
      state = { highestSequence: sequence, rolloverCounter: 0, replay: new ReplayWindow() };
      this.remember(ssrc, state);
    }
    return state;
  }

  private remember(ssrc: number, state: StreamState): void {
    if (this.streams.size >= maxStreams) this.streams.delete(this.streams.keys().next().value!);
    this.streams.set(ssrc, state);
  }

  /** RFC 3711 Appendix A: the ROC guess v for a sequence number. */
  private estimateRoc(state: StreamState, sequence: number): number {
    const { highestSequence: last, rolloverCounter: roc } = state;
    if (last < 32768) return sequence - last > 32768 ? roc - 1 : roc;
    return last - 32768 > sequence ? roc + 1 : roc;
  }

  private advance(state: StreamState, sequence: number, roc: number): void {
    if (roc > state.rolloverCounter) {
      state.rolloverCounter = roc;
      state.highestSequence = sequence;
    } else if (roc === state.rolloverCounter && sequence > state.highestSequence) {
      state.highestSequence = sequence;
    }
  }
}
