import { timingSafeEqual } from 'node:crypto';
import { ReplayWindow } from './replay-window';
import { counterIv, deriveRtcpKeys, type MasterKey, type SessionKeys, type SrtpSuite } from './srtp-keys';
import { aesCounterMode, hmacTag, type UnprotectResult } from './srtp-transform';

/**
 * SRTCP (RFC 3711 section 3.4): everything after the first 8 bytes is encrypted, then
 * E flag || 31-bit SRTCP index, then the tag. We always send an 80-bit SRTCP tag, as libsrtp,
 * Asterisk, FreeSWITCH and RFC 5764 do for the _32 suite too; on receipt the 32-bit tag that
 * some stacks (libre/baresip) use with _32 is accepted as well.
 */
const sendTagLength = 10;
const indexMask = 0x7fffffff;

export class SrtcpTransform {
  private readonly keys: SessionKeys;
  private readonly receiveTagLengths: number[];
  private sendIndex = 0;
  private readonly replay = new Map<number, ReplayWindow>();

  constructor(suite: SrtpSuite, master: MasterKey) {
    this.keys = deriveRtcpKeys(master);
    this.receiveTagLengths = suite === 'AES_CM_128_HMAC_SHA1_32' ? [10, 4] : [10];
  }

  protect(rtcp: Uint8Array): Buffer {
    const view = Buffer.from(rtcp.buffer, rtcp.byteOffset, rtcp.byteLength);
    if (view.length < 8) throw new Error('protect() needs an RTCP packet');
    const ssrc = view.readUInt32BE(4);
    const index = this.sendIndex;
    this.sendIndex = (this.sendIndex + 1) & indexMask;
    const encrypted = aesCounterMode(this.keys.encryptionKey, counterIv(this.keys.salt, ssrc, index), view.subarray(8));
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32BE((0x80000000 | index) >>> 0);
    const body = Buffer.concat([view.subarray(0, 8), encrypted, trailer]);
    return Buffer.concat([body, hmacTag(this.keys.authenticationKey, sendTagLength, body)]);
  }

  unprotect(srtcp: Uint8Array): UnprotectResult {
    const view = Buffer.from(srtcp.buffer, srtcp.byteOffset, srtcp.byteLength);
    let tried = false;
    for (const tagLength of this.receiveTagLengths) {
      if (view.length < 8 + 4 + tagLength) continue;
      tried = true;
      const body = view.subarray(0, view.length - tagLength);
      const expected = hmacTag(this.keys.authenticationKey, tagLength, body);
      if (!timingSafeEqual(view.subarray(body.length), expected)) continue;
      const word = body.readUInt32BE(body.length - 4);
      const index = word & indexMask;
      const ssrc = body.readUInt32BE(4);
      const window = this.replay.get(ssrc) ?? new ReplayWindow();
      if (!window.check(index)) return { ok: false, reason: 'replay' };
      window.accept(index);
      this.replay.set(ssrc, window);
      if (this.replay.size > 8) this.replay.delete(this.replay.keys().next().value!);
      const content = body.subarray(8, body.length - 4);
      const payload =
        word & 0x80000000
          ? aesCounterMode(this.keys.encryptionKey, counterIv(this.keys.salt, ssrc, index), content)
          : content;
      return { ok: true, packet: Buffer.concat([body.subarray(0, 8), payload]) };
    }
    return { ok: false, reason: tried ? 'auth' : 'malformed' };
  }
}
