import { SessionState, type Notification, type Session, type URI } from 'sip.js';
import { transferTimeoutSeconds, type TransferFailure } from '../../../shared/models/call-transfer';
import { inEnglish, type Words } from '../../../shared/text/words';

/** What the far end reported while it tried the target: 100 Trying, then 180 Ringing. */
export type TransferProgress = 'trying' | 'ringing';

/** call-ended: the call ended before any final word on the transfer (the far end hung up). */
export type ReferOutcome = { kind: 'transferred' } | { kind: 'call-ended' } | TransferFailure;

/** A transfer that cannot start (the call is not connected, already being transferred, ...); its words say why. */
export class TransferNotPossible extends Error {
  override name = 'TransferNotPossible';

  constructor(readonly words: Words) {
    super(inEnglish(words));
  }
}

/** A sipfrag (RFC 3420) status line is short; what follows it (headers, a huge body) is never read. */
const sipfragHead = 64;

/** The status code of a NOTIFY's message/sipfrag body ("SIP/2.0 180 Ringing"), or null for anything else. */
export function sipfragStatus(body: string): number | null {
  const match = /^SIP\/2\.0 ([1-6]\d\d)(?: |\r|\n|$)/.exec(body.slice(0, sipfragHead));
  return match ? Number(match[1]) : null;
}

/**
 * Sends REFER in the session's dialog (RFC 3515) and follows the far end's NOTIFYs until the target
 * answered (transferred), failed, the call ended, or nothing final came within the timeout. Never throws.
 */
export function sendRefer(
  session: Session,
  referTo: URI | Session,
  options: { onProgress(progress: TransferProgress): void; timeoutMs?: number },
): Promise<ReferOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => finish({ kind: 'no-answer' }), options.timeoutMs ?? transferTimeoutSeconds * 1000);
    function finish(outcome: ReferOutcome): void {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      session.stateChange.removeListener(onState);
      resolve(outcome);
    }
    function onState(state: SessionState): void {
      if (state === SessionState.Terminated) finish({ kind: 'call-ended' });
    }
    session.stateChange.addListener(onState);
    function onNotify(notification: Notification): void {
      void notification.accept().catch(() => undefined);
      const status = sipfragStatus(notification.request.body);
      const terminated = /^\s*terminated/i.test(notification.request.getHeader('subscription-state') ?? '');
      if (status !== null && status >= 200 && status < 300) return finish({ kind: 'transferred' });
      if (status !== null && status >= 300) return finish({ kind: 'target-failed', statusCode: status });
      if (terminated) return finish({ kind: 'target-failed', statusCode: null });
      if (status === 180 || status === 183) options.onProgress('ringing');
      else if (status !== null) options.onProgress('trying');
    }
    session
      .refer(referTo, {
        onNotify,
        requestDelegate: {
          onAccept: () => options.onProgress('trying'),
          onReject: (response) => finish({ kind: 'refused', statusCode: response.message.statusCode ?? 500 }),
        },
      })
      .catch(() => finish({ kind: 'refused', statusCode: 500 }));
  });
}
