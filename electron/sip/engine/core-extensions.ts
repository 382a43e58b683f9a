import type { Core } from 'sip.js';
import { DialtoneInviteClient } from './dialtone-invite-client';

/** Answers one request inside a call; a 2xx gets our Contact. */
export type DialogReply = (statusCode: number, extraHeaders?: string[]) => void;
export type DialogRequestHandler = (request: Core.IncomingRequestMessage, reply: DialogReply) => void;

/**
 * In-dialog requests sip.js 0.21 does not handle (UPDATE: its core answers 405), by dialog id
 * (Call-ID, our tag, their tag); each established call registers itself.
 */
export type DialogRequestRouter = Map<string, DialogRequestHandler>;

/** An incoming request's dialog id, as sip.js's core computes it. */
const dialogIdOf = (request: Core.IncomingRequestMessage) => request.callId + request.toTag + request.fromTag;

/**
 * Fits sip.js's user agent core with what Dialtone needs of it and sip.js lacks, by replacing two of
 * the core's public methods on this one instance (sip.js offers no hook for either):
 * - INVITEs go out through DialtoneInviteClient;
 * - UPDATE (RFC 3311, the session refresh Linphone uses) goes to the call that owns its dialog,
 *   481 when no call does.
 */
export function extendUserAgentCore(core: Core.UserAgentCore, router: DialogRequestRouter): void {
  core.invite = (request, delegate) => new DialtoneInviteClient(core, request, delegate);
  const receiveFromTransport = core.receiveIncomingRequestFromTransport.bind(core);
  core.receiveIncomingRequestFromTransport = (message) => {
    if (message.method !== 'UPDATE') return receiveFromTransport(message);
    const reply: DialogReply = (statusCode, extraHeaders = []) => {
      const contact =
        statusCode >= 200 && statusCode < 300 ? [`Contact: ${core.configuration.contact.toString()}`] : [];
      core.replyStateless(message, { statusCode, extraHeaders: [...contact, ...extraHeaders] });
    };
    const handler = message.toTag ? router.get(dialogIdOf(message)) : undefined;
    if (handler) handler(message, reply);
    else reply(481);
  };
}

/**
 * Calls listener with every final answer to a REGISTER once sip.js's Registerer has handled it:
 * also the answers to its own 423 retries and refreshes, which never reach the delegate of the
 * register() call that started them.
 */
export function observeRegisterAnswers(
  core: Core.UserAgentCore,
  listener: (response: Core.IncomingResponse) => void,
): void {
  const register = core.register.bind(core);
  core.register = (request, delegate) =>
    register(request, {
      ...delegate,
      onAccept: (response) => {
        delegate?.onAccept?.(response);
        listener(response);
      },
      onRedirect: (response) => {
        delegate?.onRedirect?.(response);
        listener(response);
      },
      onReject: (response) => {
        delegate?.onReject?.(response);
        listener(response);
      },
    });
}
