import type { CallSnapshot } from '../../shared/models/call';
import type { CallEndReason } from '../../shared/models/call-end-reason';
import type { ConferenceMix } from '../media/conference-feed';
import type { MediaSession, PacketPort } from '../media/media-session-types';

/** What the services need of a call: a SIP call, or the built-in sound test. */
export interface Call {
  readonly id: string;
  readonly state: CallSnapshot;
  /** The CallSid at Twilio of an incoming call on a Twilio line (for recording through the REST API); else null. */
  readonly twilioCallSid: string | null;
  onChange(listener: (snapshot: CallSnapshot) => void): () => void;
  /** Where the call's audio enters and leaves (the audio bridge plugs in here). */
  audioPort(): Promise<PacketPort | undefined>;
  /** The SIP media leg, for quality figures; the sound test has none. */
  media(): Promise<MediaSession | undefined>;
  ring(): Promise<void>;
  answer(): Promise<void>;
  decline(statusCode?: 486 | 603): Promise<void>;
  hangUp(reason?: CallEndReason): Promise<void>;
  setHold(hold: boolean): Promise<void>;
  setMuted(muted: boolean): void;
  sendDtmf(digits: string): Promise<void>;
  /** Blind transfer to a number or SIP address; absent on the sound test. */
  transfer?(target: string): Promise<void>;
  /** Attended transfer: hands this (held) call to the person on `consultation`; absent on the sound test. */
  transferReplacing?(consultation: Call): Promise<void>;
  /** 3-way call: adds the other party's audio to what this call sends; absent on the sound test. */
  setConferenceMix?(mix: ConferenceMix | undefined): void;
  /** Shows the caller as a known contact. */
  setRemoteName(name: string): void;
}
