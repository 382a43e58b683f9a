import { randomUUID } from 'node:crypto';
import { Invitation, Inviter, SessionState, UserAgent, type Info, type Session, type URI } from 'sip.js';
import { receivedDtmfShown, startingCallSnapshot, type CallSnapshot } from '../../../shared/models/call';
import type { CallEndReason } from '../../../shared/models/call-end-reason';
import { transferFailureWords, type CallTransfer } from '../../../shared/models/call-transfer';
import { words } from '../../../shared/text/words';
import type { Logger } from '../../logging/logger';
import type { MediaSession, PacketPort } from '../../media/media-session-types';
import { CallSessionTimer } from './call-session-timer';
import { sendRefer, TransferNotPossible } from './call-transfer';
import type { DialogRequestRouter } from './core-extensions';
import { dtmfFromInfo } from './dtmf-info';
import { cancelledBecauseAnsweredElsewhere } from './cancel-reason';
import { endReasonForStatus } from './end-reason';
import { MediaDescriptionHandler } from './media-description-handler';
import type { ConferenceMix } from '../../media/conference-feed';
import { mutablePort, type MutablePort } from '../../media/mutable-port';
import { callIsGone, sendReinvite, type InDialogResult } from './reinvite';
import type { RemoteParty } from './remote-party';
import { answerSessionTimer } from './session-timer';
import { noTwilioCallFacts, type TwilioCallFacts } from './twilio-call-headers';

const dtmfInfoDurationMs = 160;

export interface SipCallOptions {
  /** Where UPDATEs inside the call's dialog find it (the phone's core routes them). */
  router?: DialogRequestRouter;
  /** For the back-off after a re-INVITE collision (tests pin it). */
  random?: () => number;
  /** What Twilio's inbound Function told of an incoming call on a Twilio line. */
  twilio?: TwilioCallFacts;
  /** The line the call is on: its kind, and the SIP URI a typed number or address is reached at. */
  line?: CallLine;
}

export interface CallLine {
  provider: 'twilio' | 'sip';
  uriFor(target: string): string;
}

/**
 * One call, incoming or outgoing, over a sip.js session: its state as a CallSnapshot, and the
 * controls a person has (answer, decline, hang up, hold, mute, keypad tones).
 */
export class SipCall {
  readonly id = randomUUID();
  /** The CallSid of the caller's call at Twilio (incoming calls on a Twilio line), for the REST API. */
  readonly twilioCallSid: string | null;
  private snapshot: CallSnapshot;
  private port: MutablePort | undefined;
  private conferenceMix: ConferenceMix | undefined;
  private endReasonOverride: CallEndReason | undefined;
  private readonly listeners = new Set<(snapshot: CallSnapshot) => void>();
  private readonly sessionTimer: CallSessionTimer;
  private readonly random: () => number;
  private readonly line: CallLine | undefined;
  /** Re-INVITEs one after another: sip.js refuses a second while one is outstanding. */
  private reinvites: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly session: Inviter | Invitation,
    remote: RemoteParty,
    private readonly logger: Logger,
    options: SipCallOptions = {},
  ) {
    this.random = options.random ?? Math.random;
    this.line = options.line;
    const twilio = options.twilio ?? noTwilioCallFacts;
    this.twilioCallSid = twilio.twilioCallSid;
    this.sessionTimer = new CallSessionTimer({
      session,
      router: options.router,
      reinvite: (extraHeaders) => this.reinvite(extraHeaders),
      expire: () => void this.hangUp('network-error').catch(() => undefined),
      logger,
    });
    this.snapshot = startingCallSnapshot({
      id: this.id,
      direction: session instanceof Invitation ? 'incoming' : 'outgoing',
      remoteUri: remote.uri,
      remoteNumber: remote.number,
      remoteName: remote.name,
      callerVerified: twilio.callerVerified,
      soundTest: null,
    });
    session.stateChange.addListener((state) => this.onSessionState(state));
    session.delegate = {
      // sip.js has already answered the far end's re-INVITE: see whether it put us on hold.
      onInvite: () => void this.refreshHoldState(),
      onInfo: (info) => this.onInfo(info),
      onCancel: (cancel) => {
        if (cancelledBecauseAnsweredElsewhere(cancel.request.getHeaders('reason'))) {
          this.endReasonOverride ??= 'answered-elsewhere';
        }
      },
    };
    if (session instanceof Invitation) this.sessionTimer.learnAllow(session.request);
  }

  get state(): CallSnapshot {
    return this.snapshot;
  }

  onChange(listener: (snapshot: CallSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The media leg, once sip.js created it (on INVITE for outgoing calls, on answer for incoming ones). */
  async media(): Promise<MediaSession | undefined> {
    const handler = this.session.sessionDescriptionHandler;
    return handler instanceof MediaDescriptionHandler ? handler.session : undefined;
  }

  /** Where the call's audio goes in and out; silent while muted. */
  async audioPort(): Promise<PacketPort | undefined> {
    if (this.port) return this.port;
    const media = await this.media();
    if (!media) return undefined;
    this.port ??= mutablePort(media.port);
    this.applyToPort();
    media.onEnd(() => void this.hangUp('media-timeout'));
    media.onDtmf((key) => this.showReceivedKey(key));
    return this.port;
  }

  /** Sends the INVITE of an outgoing call. */
  async dial(): Promise<void> {
    if (!(this.session instanceof Inviter)) throw new Error('Only outgoing calls dial');
    await this.session.invite({
      requestDelegate: {
        onProgress: (response) => {
          // sip.js may hand over a 1xx after the final response that followed it: the call has ended.
          if (this.session.state === SessionState.Terminated) return;
          const early = response.message.statusCode === 183 && Boolean(response.message.body);
          this.update({ state: 'ringing', earlyMedia: this.snapshot.earlyMedia || early });
          if (early) void this.audioPort();
        },
        onAccept: (response) => {
          this.sessionTimer.learnAllow(response.message);
          this.sessionTimer.accepted(response.message);
        },
        onReject: (response) => {
          this.endReasonOverride ??= endReasonForStatus(response.message.statusCode ?? 500);
        },
      },
    });
  }

  async answer(): Promise<void> {
    if (!(this.session instanceof Invitation)) throw new Error('Only incoming calls are answered');
    // The phone refused intervals under our minimum with 422 before the call rang.
    const timer = answerSessionTimer(this.session.request);
    const accepted = timer.kind === 'accept' ? timer : { headers: [], timer: undefined };
    await this.session.accept({ extraHeaders: accepted.headers });
    this.sessionTimer.set(accepted.timer);
    await this.audioPort();
  }

  /** Tells the caller we are ringing (180). */
  async ring(): Promise<void> {
    if (this.session instanceof Invitation) await this.session.progress();
  }

  /** Declines an incoming call: 486 Busy Here, or 603 Decline. */
  async decline(statusCode: 486 | 603 = 603): Promise<void> {
    if (!(this.session instanceof Invitation)) throw new Error('Only incoming calls are declined');
    this.endReasonOverride = 'declined';
    await this.session.reject({ statusCode });
  }

  /** Ends the call whatever its state: CANCEL before answer, BYE after. */
  async hangUp(reason?: CallEndReason): Promise<void> {
    const established = this.session.state === SessionState.Established;
    this.endReasonOverride ??= reason ?? (established ? 'hung-up' : 'cancelled');
    switch (this.session.state) {
      case SessionState.Initial:
      case SessionState.Establishing:
        if (this.session instanceof Inviter) await this.session.cancel();
        else await this.session.reject({ statusCode: 603 });
        return;
      case SessionState.Established:
        await this.session.bye();
        return;
      default:
        return;
    }
  }

  async setHold(hold: boolean): Promise<void> {
    const handler = this.session.sessionDescriptionHandler;
    if (!(handler instanceof MediaDescriptionHandler) || this.session.state !== SessionState.Established) return;
    if (handler.onHoldLocally === hold) return;
    handler.setLocalHold(hold);
    this.update({ onHold: hold });
    const result = await this.reinvite(() => this.sessionTimer.requestHeaders()).catch((error: unknown) => {
      handler.setLocalHold(!hold);
      this.update({ onHold: !hold });
      throw error;
    });
    if (!result.accepted) {
      handler.setLocalHold(!hold);
      this.update({ onHold: !hold });
      throw new Error(`The other side refused the hold request (${result.statusCode})`);
    }
    await this.refreshHoldState();
  }

  /**
   * The signalling connection was replaced (a new local port): a target-refresh re-INVITE carries
   * the new Contact (RFC 3261 section 12.2), or the other side's BYE, hold or transfer would go to
   * the old connection and fail (Kamailio answers it 477). A call the far end no longer knows ends.
   * Undefined for a call not established (yet or any more): there is no dialog to refresh.
   */
  async refreshContact(contact: string): Promise<InDialogResult | undefined> {
    if (this.session.state !== SessionState.Established) return undefined;
    this.session._contact = contact;
    const result = await this.reinvite(() => this.sessionTimer.requestHeaders());
    if (!result.accepted && callIsGone(result.statusCode)) await this.hangUp('network-error');
    return result;
  }

  setRemoteName(name: string): void {
    this.update({ remoteName: name });
  }

  setMuted(muted: boolean): void {
    this.update({ muted });
  }

  /** In a 3-way call: what to add to everything this call sends (the other party); undefined to stop. */
  setConferenceMix(mix: ConferenceMix | undefined): void {
    this.conferenceMix = mix;
    this.applyToPort();
  }

  /** Blind transfer (REFER) to a number or SIP address: see runTransfer. */
  async transfer(target: string): Promise<void> {
    const uri = this.line && UserAgent.makeURI(this.line.uriFor(target));
    if (!uri) throw new TransferNotPossible(words('calls.transferBadTarget', { target }));
    await this.runTransfer({ kind: 'blind', target }, uri);
  }

  /** Attended transfer: REFER with Replaces of the consultation call, which the target then takes over. */
  async transferReplacing(consultation: unknown): Promise<void> {
    if (this.line?.provider === 'twilio') throw new TransferNotPossible(words('calls.transferTwilioBlindOnly'));
    if (!(consultation instanceof SipCall) || consultation === this) {
      throw new TransferNotPossible(words('calls.transferPickCall'));
    }
    if (consultation.session.state !== SessionState.Established) {
      throw new TransferNotPossible(words('calls.transferConsultationNotConnected'));
    }
    const target = consultation.snapshot.remoteNumber || consultation.snapshot.remoteUri;
    // The target ends the replaced consultation dialog itself (RFC 3891 section 3): that too is the transfer.
    consultation.endReasonOverride ??= 'transferred';
    await this.runTransfer({ kind: 'attended', target }, consultation.session).catch((error: unknown) => {
      consultation.endReasonOverride = undefined;
      throw error;
    });
    if (this.snapshot.transfer?.phase === 'failed') consultation.endReasonOverride = undefined;
    else await consultation.hangUp('transferred').catch(() => undefined);
  }

  /**
   * Holds the call (as desk phones do), sends REFER and follows its NOTIFYs: the target answered,
   * the call ends as transferred (BYE unless the far end left first); else it comes back off hold
   * with the reason on the snapshot.
   */
  private async runTransfer(transfer: Pick<CallTransfer, 'kind' | 'target'>, referTo: URI | Session): Promise<void> {
    if (this.session.state !== SessionState.Established)
      throw new TransferNotPossible(words('calls.transferNeedsConnected'));
    if (this.snapshot.transfer && this.snapshot.transfer.phase !== 'failed') {
      throw new TransferNotPossible(words('calls.transferAlreadyGoing'));
    }
    const wasOnHold = this.snapshot.onHold;
    this.update({ transfer: { ...transfer, phase: 'holding', failure: null } });
    await this.setHold(true).catch((error: unknown) => {
      this.update({ transfer: null });
      throw error;
    });
    this.updateTransfer({ phase: 'sent' });
    const outcome = await sendRefer(this.session, referTo, {
      onProgress: (phase) => {
        if (this.snapshot.transfer?.phase !== 'ringing') this.updateTransfer({ phase });
      },
    });
    if (outcome.kind === 'transferred') return this.hangUp('transferred').catch(() => undefined);
    if (outcome.kind === 'call-ended' || this.session.state !== SessionState.Established) return;
    const failure = transferFailureWords(outcome, this.line?.provider ?? 'sip');
    this.updateTransfer({ phase: 'failed', failure });
    if (!wasOnHold) await this.setHold(false).catch(() => undefined);
  }

  private updateTransfer(change: Partial<CallTransfer>): void {
    if (this.snapshot.transfer) this.update({ transfer: { ...this.snapshot.transfer, ...change } });
  }

  /** RFC 4733 when negotiated, else SIP INFO (application/dtmf-relay), one request per digit. */
  async sendDtmf(digits: string): Promise<void> {
    const media = await this.media();
    if (media?.telephoneEventNegotiated) return media.sendDtmf(digits);
    for (const digit of digits) {
      await this.session.info({
        requestOptions: {
          body: {
            contentDisposition: 'render',
            contentType: 'application/dtmf-relay',
            content: `Signal=${digit}\r\nDuration=${dtmfInfoDurationMs}\r\n`,
          },
        },
      });
    }
  }

  /** A re-INVITE after any other in progress, retried after a collision; a 2xx refreshes the session timer. */
  private reinvite(extraHeaders: () => string[]): Promise<InDialogResult> {
    const sent = this.reinvites.then(() =>
      sendReinvite(this.session, {
        extraHeaders,
        ownsCallId: this.session instanceof Inviter,
        random: this.random,
      }),
    );
    this.reinvites = sent.catch(() => undefined);
    return sent.then((result) => {
      if (result.accepted) this.sessionTimer.accepted(result.response);
      return result;
    });
  }

  /** A key the other side pressed, sent as SIP INFO; any INFO is accepted, as sip.js did. */
  private onInfo(info: Info): void {
    void info.accept().catch(() => undefined);
    const key = dtmfFromInfo(info.request.getHeader('content-type'), info.request.body);
    if (key) this.showReceivedKey(key);
  }

  /** Keys from the other side, by SIP INFO or RFC 4733: the latest few, for the call panel. */
  private showReceivedKey(key: string): void {
    this.update({ receivedDtmf: (this.snapshot.receivedDtmf + key).slice(-receivedDtmfShown) });
  }

  private async refreshHoldState(): Promise<void> {
    const handler = this.session.sessionDescriptionHandler;
    const media = await this.media();
    if (!media || !(handler instanceof MediaDescriptionHandler)) return;
    const heldByRemote = media.direction === 'recvonly' || (media.direction === 'inactive' && !handler.onHoldLocally);
    this.update({ onHold: handler.onHoldLocally, heldByRemote });
  }

  private onSessionState(state: SessionState): void {
    if (state === SessionState.Established) {
      this.sessionTimer.established();
      this.update({ state: 'connected', answeredAt: Date.now(), earlyMedia: false });
      void this.audioPort();
    } else if (state === SessionState.Terminated) {
      this.sessionTimer.stop();
      // The far end accepted the REFER and left the call before its final NOTIFY.
      const phase = this.snapshot.transfer?.phase;
      if (phase === 'trying' || phase === 'ringing') this.endReasonOverride ??= 'transferred';
      // sip.js terminates the session before it hands the final response to our request delegate.
      const endedAt = Date.now();
      queueMicrotask(() => this.update({ state: 'ended', endedAt, endReason: this.finalReason() }));
    }
  }

  private finalReason(): CallEndReason {
    if (this.endReasonOverride) return this.endReasonOverride;
    if (this.snapshot.answeredAt !== null) return 'remote-hung-up';
    return this.snapshot.direction === 'incoming' ? 'missed' : 'failed';
  }

  private applyToPort(): void {
    this.port?.setMuted(this.snapshot.muted);
    this.port?.setHeld(this.snapshot.onHold);
    this.port?.setMix(this.conferenceMix);
  }

  private update(change: Partial<CallSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    this.applyToPort();
    for (const listener of this.listeners) listener(this.snapshot);
    this.logger.debug('call state', { callId: this.id, state: this.snapshot.state });
  }
}
