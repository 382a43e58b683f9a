import type { MasterKey, SrtpSuite } from './srtp-keys';
import { SrtcpTransform } from './srtcp-transform';
import { SrtpTransform, type UnprotectResult } from './srtp-transform';

export interface SrtpKeying {
  suite: SrtpSuite;
  /** Our key: what we protect with (the key in our SDP). */
  local: MasterKey;
  /** The far end's key from its SDP: what we unprotect with. */
  remote: MasterKey;
}

/** Both directions of SDES-SRTP for one call leg. */
export interface SrtpSession {
  readonly keying: SrtpKeying;
  protectRtp(packet: Uint8Array): Buffer;
  unprotectRtp(packet: Uint8Array): UnprotectResult;
  protectRtcp(packet: Uint8Array): Buffer;
  unprotectRtcp(packet: Uint8Array): UnprotectResult;
}

export function createSrtpSession(keying: SrtpKeying): SrtpSession {
  const sendRtp = new SrtpTransform(keying.suite, keying.local);
  const receiveRtp = new SrtpTransform(keying.suite, keying.remote);
  const sendRtcp = new SrtcpTransform(keying.suite, keying.local);
  const receiveRtcp = new SrtcpTransform(keying.suite, keying.remote);
  return {
    keying,
    protectRtp: (packet) => sendRtp.protect(packet),
    unprotectRtp: (packet) => receiveRtp.unprotect(packet),
    protectRtcp: (packet) => sendRtcp.protect(packet),
    unprotectRtcp: (packet) => receiveRtcp.unprotect(packet),
  };
}

export function sameMasterKey(a: MasterKey, b: MasterKey): boolean {
  return a.key.equals(b.key) && a.salt.equals(b.salt);
}
