import { SessionState, type Core, type Session } from 'sip.js';

/** The final answer to a request we sent inside a call. */
export type InDialogResult =
  { accepted: true; response: Core.IncomingResponseMessage } | { accepted: false; statusCode: number };

/** RFC 3261 section 12.2.1.2: a 481 or 408 to a request inside a call means the call is gone at the far end. */
export const callIsGone = (statusCode: number): boolean => statusCode === 408 || statusCode === 481;

/** A 491 is answered with another try at most this many times. */
const glareRetries = 3;

/**
 * How long to wait after a 491 Request Pending before sending the re-INVITE again (RFC 3261
 * section 14.1), in units of 10 ms: 2.1 to 4 s for the side that chose the Call-ID (the caller),
 * 0 to 2 s for the other, so the two sides stop colliding.
 */
export function glareBackoffMs(ownsCallId: boolean, random: () => number): number {
  return ownsCallId ? 2100 + Math.floor(random() * 191) * 10 : Math.floor(random() * 201) * 10;
}

/**
 * Sends a re-INVITE with a fresh offer from the call's media; after a 491 (both sides re-INVITEd
 * at once) waits the RFC 3261 back-off and sends it again, while the call lasts.
 */
export async function sendReinvite(
  session: Session,
  options: { extraHeaders: () => string[]; ownsCallId: boolean; random: () => number },
): Promise<InDialogResult> {
  for (let attempt = 0; ; attempt++) {
    const result = await reinviteOnce(session, options.extraHeaders());
    if (result.accepted || result.statusCode !== 491 || attempt === glareRetries) return result;
    await new Promise((resolve) => setTimeout(resolve, glareBackoffMs(options.ownsCallId, options.random)));
    if (session.state !== SessionState.Established) return result;
  }
}

function reinviteOnce(session: Session, extraHeaders: string[]): Promise<InDialogResult> {
  return new Promise((resolve, reject) => {
    session
      .invite({
        requestOptions: { extraHeaders },
        requestDelegate: {
          onAccept: (response) => resolve({ accepted: true, response: response.message }),
          onReject: (response) => resolve({ accepted: false, statusCode: response.message.statusCode ?? 500 }),
        },
      })
      .catch(reject);
  });
}
