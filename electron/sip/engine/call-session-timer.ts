import { Core, SessionState, type Session } from 'sip.js';
import type { Logger } from '../../logging/logger';
import type { DialogReply, DialogRequestRouter } from './core-extensions';
import { callIsGone, type InDialogResult } from './reinvite';
import {
  acceptedSessionTimer,
  allowsUpdate,
  answerSessionTimer,
  expiryDelayMs,
  refreshDelayMs,
  sessionTimerRequestHeaders,
  type SessionTimer,
} from './session-timer';

export interface CallSessionTimerDeps {
  session: Session;
  router: DialogRequestRouter | undefined;
  /** Sends a re-INVITE carrying these headers (after any other in progress); its 2xx comes back through accepted(). */
  reinvite(extraHeaders: () => string[]): Promise<InDialogResult>;
  /** Ends the call: its session expired, or our refresh found the dialog gone. */
  expire(): void;
  logger: Logger;
}

/**
 * One call's RFC 4028 session timer: answers the far end's refreshes (re-INVITE, or UPDATE with no
 * body), refreshes at half the interval when we are the refresher (UPDATE if the far end allows
 * it, else re-INVITE), and ends the call when the far end's refresh is overdue, as a strict server
 * would.
 */
export class CallSessionTimer {
  private timer: SessionTimer | undefined;
  private due: NodeJS.Timeout | undefined;
  private peerAllowsUpdate = false;
  private dialogId: string | undefined;

  constructor(private readonly deps: CallSessionTimerDeps) {}

  /** Session-Expires and Min-SE for a re-INVITE of ours (hold), keeping the running timer. */
  requestHeaders(): string[] {
    return sessionTimerRequestHeaders(this.timer);
  }

  /** The far end's INVITE, or its 2xx to ours, tells whether it takes UPDATE. */
  learnAllow(message: Core.IncomingMessage): void {
    this.peerAllowsUpdate = allowsUpdate(message);
  }

  /** A 2xx to our INVITE, re-INVITE or UPDATE: it sets the timer, or turns it off. */
  accepted(response: Core.IncomingResponseMessage): void {
    this.set(acceptedSessionTimer(response));
  }

  /** Runs this timer from now (a 2xx was sent or received); undefined stops it. */
  set(timer: SessionTimer | undefined): void {
    clearTimeout(this.due);
    this.timer = timer;
    if (!timer || this.deps.session.state === SessionState.Terminated) return;
    this.due = timer.weRefresh
      ? setTimeout(() => void this.refresh(timer), refreshDelayMs(timer))
      : setTimeout(() => this.expired(), expiryDelayMs(timer));
  }

  /** The call is established: refreshes inside its dialog come here from now on. */
  established(): void {
    const dialog = this.deps.session.dialog;
    if (!dialog) return;
    this.dialogId = dialog.id;
    this.deps.router?.set(dialog.id, (request, reply) => this.onUpdate(request, reply));
    const delegate = dialog.delegate;
    dialog.delegate = {
      ...delegate,
      onInvite: (request) => {
        this.answerReinvite(request);
        delegate?.onInvite?.(request);
      },
    };
  }

  stop(): void {
    clearTimeout(this.due);
    this.timer = undefined;
    if (this.dialogId !== undefined) this.deps.router?.delete(this.dialogId);
  }

  private onUpdate(request: Core.IncomingRequestMessage, reply: DialogReply): void {
    // An UPDATE with an offer would change the media, which Dialtone does by re-INVITE only.
    if (request.body) return reply(488, ['Warning: 399 dialtone "Dialtone changes media by re-INVITE only"']);
    const answer = answerSessionTimer(request);
    if (answer.kind === 'too-brief') return reply(422, answer.headers);
    reply(200, answer.headers);
    this.set(answer.timer);
  }

  /** sip.js answers re-INVITEs itself: its 2xx gets our Session-Expires (RFC 4028 section 9). */
  private answerReinvite(request: Core.IncomingInviteRequest): void {
    const answer = answerSessionTimer(request.message);
    // Refusing a too brief interval here would leave sip.js's offer/answer state half done: such a
    // re-INVITE (which RFC 4028 forbids anyway) is taken as one without a timer.
    const { headers, timer } = answer.kind === 'accept' ? answer : { headers: [], timer: undefined };
    const accept = request.accept.bind(request);
    request.accept = (options) => {
      const response = accept({
        statusCode: 200,
        ...options,
        extraHeaders: [...(options?.extraHeaders ?? []), ...headers],
      });
      this.set(timer);
      return response;
    };
  }

  private async refresh(timer: SessionTimer): Promise<void> {
    if (this.deps.session.state !== SessionState.Established) return;
    const result = this.peerAllowsUpdate
      ? await this.sendUpdate()
      : await this.deps.reinvite(() => this.requestHeaders());
    if (result.accepted) return;
    if (callIsGone(result.statusCode)) {
      this.deps.logger.warn('The session refresh found the call gone: ending it', { status: result.statusCode });
      return this.deps.expire();
    }
    // The session still lasts until its interval runs out; unless a refresh comes, end it just before.
    this.deps.logger.warn('The far end refused the session refresh', { status: result.statusCode });
    clearTimeout(this.due);
    this.due = setTimeout(() => this.expired(), expiryDelayMs(timer) - refreshDelayMs(timer));
  }

  private sendUpdate(): Promise<InDialogResult> {
    const dialog = this.deps.session.dialog;
    if (!(dialog instanceof Core.SessionDialog)) return Promise.resolve({ accepted: false, statusCode: 481 });
    const message = dialog.createOutgoingRequestMessage('UPDATE', {
      extraHeaders: [...this.requestHeaders(), `Contact: ${this.deps.session.userAgent.contact.toString()}`],
    });
    return new Promise((resolve) => {
      const refused = (response: Core.IncomingResponse) =>
        resolve({ accepted: false, statusCode: response.message.statusCode ?? 500 });
      dialog.userAgentCore.request(message, {
        onAccept: (response) => {
          this.accepted(response.message);
          resolve({ accepted: true, response: response.message });
        },
        onReject: refused,
        onRedirect: refused,
      });
    });
  }

  private expired(): void {
    if (this.deps.session.state !== SessionState.Established) return;
    this.deps.logger.warn('The session expired without a refresh (RFC 4028): ending the call');
    this.deps.expire();
  }
}
