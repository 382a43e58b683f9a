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

/** Both directions of SDES-SRTP for one negotiated keying. */
export interface SrtpSession {
  protectRtp(packet: Uint8Array): Buffer;
  unprotectRtp(packet: Uint8Array): UnprotectResult;
  protectRtcp(packet: Uint8Array): Buffer;
  unprotectRtcp(packet: Uint8Array): UnprotectResult;
}

/** The SRTP and SRTCP cryptographic contexts (RFC 3711 section 3.2) of one master key in one direction. */
interface Contexts {
  suite: SrtpSuite;
  master: MasterKey;
  rtp: SrtpTransform;
  rtcp: SrtcpTransform;
}

const contextsFor = (suite: SrtpSuite, master: MasterKey): Contexts => ({
  suite,
  master,
  rtp: new SrtpTransform(suite, master),
  rtcp: new SrtcpTransform(suite, master),
});

const sameMasterKey = (a: MasterKey, b: MasterKey) => a.key.equals(b.key) && a.salt.equals(b.salt);
const holds = (contexts: Contexts, suite: SrtpSuite, master: MasterKey) =>
  contexts.suite === suite && sameMasterKey(contexts.master, master);

/**
 * SDES-SRTP for a whole call leg, across re-INVITEs, holds and SRTP switched off and on again.
 *
 * We keep one key per suite for the call (LocalMediaConfig.keys) and never build a second sending
 * context for it: a new context would restart the packet index (ROC) and the SRTCP index under
 * the same key, so the same keystream would encrypt different audio, and a far end that kept its
 * context (baresip, FreeSWITCH and libsrtp-based phones do while our key is unchanged) would
 * refuse everything we send. A far end's new key only replaces the receiving contexts, as
 * RFC 3711 starts a context per master key. We do not offer a new key in every re-offer: each
 * change would drop our audio at the far end until our SDP and its switch meet.
 */
export class SrtpContexts {
  private readonly sending: Contexts[] = [];
  private receiving: Contexts | undefined;

  /** Protection for a negotiation's outcome: the sending contexts of our key, the far end's key's receiving ones. */
  sessionFor(keying: SrtpKeying): SrtpSession {
    const send = this.sendingContexts(keying.suite, keying.local);
    if (!this.receiving || !holds(this.receiving, keying.suite, keying.remote)) {
      this.receiving = contextsFor(keying.suite, keying.remote);
    }
    const receive = this.receiving;
    return {
      protectRtp: (packet) => send.rtp.protect(packet),
      unprotectRtp: (packet) => receive.rtp.unprotect(packet),
      protectRtcp: (packet) => send.rtcp.protect(packet),
      unprotectRtcp: (packet) => receive.rtcp.unprotect(packet),
    };
  }

  private sendingContexts(suite: SrtpSuite, master: MasterKey): Contexts {
    const known = this.sending.find((contexts) => holds(contexts, suite, master));
    if (known) return known;
    const created = contextsFor(suite, master);
    this.sending.push(created);
    return created;
  }
}
