import { Core, NameAddrHeader } from 'sip.js';
import { deltaSeconds } from './delta-seconds';
import { askedInterval, longestSessionSeconds, withSessionInterval } from './session-timer';

/**
 * sip.js 0.21's INVITE client, with what other phones and RFCs need of it. sip.js builds it in
 * UserAgentCore.invite(), which extendUserAgentCore points here; node_modules stays untouched.
 *
 * - Linphone sends 180 and 183 without Contact (RFC 3261 section 12.1.1 says it must have one) and
 *   Kamailio and OpenSIPS pass them on; sip.js drops them, so the call stayed on "Calling…" with
 *   silent early media. Such a response gets our Request-URI as its Contact: the early dialog's
 *   remote target until the 2xx names the real one.
 * - The 2xx's Contact becomes the dialog's remote target (RFC 3261 section 12.2.1.2); sip.js keeps
 *   the early dialog's, so ACK and BYE would go to the address taken from the 1xx.
 * - 422 Session Interval Too Small (RFC 4028 section 7.3): asked again, once, with its Min-SE.
 */
export class DialtoneInviteClient extends Core.InviteUserAgentClient {
  private retriedTooBrief = false;

  constructor(
    core: Core.UserAgentCore,
    message: Core.OutgoingRequestMessage,
    delegate?: Core.OutgoingInviteRequestDelegate,
  ) {
    super(core, message, delegate && withRemoteTargetFromAnswer(delegate));
  }

  protected override receiveResponse(message: Core.IncomingResponseMessage): void {
    const status = message.statusCode ?? 0;
    if (status > 100 && status < 200 && message.toTag && !message.hasHeader('contact')) {
      // Set as sip.js's parser sets a Contact: raw text and its parsed name-addr.
      message.headers.Contact = [
        { raw: `<${this.message.ruri.toString()}>`, parsed: new NameAddrHeader(this.message.ruri, '', {}) },
      ];
    }
    if (status === 422 && this.askAgainWithLongerInterval(message)) return;
    super.receiveResponse(message);
  }

  private askAgainWithLongerInterval(answer: Core.IncomingResponseMessage): boolean {
    const minimum = deltaSeconds(answer.getHeader('min-se'));
    const asked = askedInterval(this.message.extraHeaders);
    // A minimum longer than we can keep (a day) leaves the 422 to end the call.
    const canAskAgain =
      !this.retriedTooBrief &&
      minimum !== undefined &&
      asked !== undefined &&
      minimum > asked &&
      minimum <= longestSessionSeconds;
    if (!canAskAgain) return false;
    this.retriedTooBrief = true;
    this.message.extraHeaders = withSessionInterval(this.message.extraHeaders, minimum);
    this.message.cseq += 1;
    this.message.setHeader('cseq', `${this.message.cseq} ${this.message.method}`);
    // A new transaction for the same INVITE, as sip.js's own 401/407 retry starts one (init() is
    // private in its typings, not in its code).
    (this as unknown as { init(): void }).init();
    return true;
  }
}

function withRemoteTargetFromAnswer(delegate: Core.OutgoingInviteRequestDelegate): Core.OutgoingInviteRequestDelegate {
  return {
    ...delegate,
    onAccept: (response) => {
      const contact: unknown = response.message.parseHeader('contact');
      // Dialog has no setter for its remote target, and its state is protected in sip.js's typings.
      const dialog = response.session as unknown as { dialogState?: Core.DialogState };
      if (contact instanceof NameAddrHeader && dialog.dialogState) dialog.dialogState.remoteTarget = contact.uri;
      delegate.onAccept?.(response);
    },
  };
}
