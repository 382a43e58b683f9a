import type { BodyAndContentType, SessionDescriptionHandler } from 'sip.js';
import type { MediaDirection, MediaSession } from '../../media/media-session-types';

const sdpContentType = 'application/sdp';

/**
 * sip.js's bridge to one call's media leg: turns getDescription/setDescription into offers and
 * answers of a MediaSession. The media session is created asynchronously (it binds sockets), so
 * every call waits for it.
 */
export class MediaDescriptionHandler implements SessionDescriptionHandler {
  /** A remote offer waiting for our answer (initial INVITE without our offer, or a re-INVITE). */
  private pendingRemoteOffer: string | undefined;
  private offerOutstanding = false;
  private localHold = false;
  private closed = false;

  constructor(private readonly media: Promise<MediaSession>) {}

  /** Resolves to the call's media session (for the packet port, stats and DTMF). */
  get session(): Promise<MediaSession> {
    return this.media;
  }

  /** Our side's hold: the next offer or answer says sendonly (or inactive when we are held too). */
  setLocalHold(hold: boolean): void {
    this.localHold = hold;
  }

  get onHoldLocally(): boolean {
    return this.localHold;
  }

  hasDescription(contentType: string): boolean {
    return contentType === sdpContentType;
  }

  async getDescription(): Promise<BodyAndContentType> {
    const media = await this.media;
    const direction: MediaDirection = this.localHold ? 'sendonly' : 'sendrecv';
    if (this.pendingRemoteOffer !== undefined) {
      const offer = this.pendingRemoteOffer;
      this.pendingRemoteOffer = undefined;
      return { body: await media.createAnswer(offer, direction), contentType: sdpContentType };
    }
    this.offerOutstanding = true;
    return { body: await media.createOffer(direction), contentType: sdpContentType };
  }

  async setDescription(sdp: string): Promise<void> {
    const media = await this.media;
    if (this.offerOutstanding) {
      this.offerOutstanding = false;
      media.applyAnswer(sdp);
    } else {
      this.pendingRemoteOffer = sdp;
    }
  }

  /** An offer we sent was refused (for example a re-INVITE answered 488): forget it. */
  async rollbackDescription(): Promise<void> {
    this.offerOutstanding = false;
    this.pendingRemoteOffer = undefined;
  }

  /** sip.js's synchronous DTMF hook is not used: the call sends DTMF through the media session. */
  sendDtmf(): boolean {
    return false;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.media.then((media) => media.close()).catch(() => undefined);
  }
}
