import { isRequest, type FarEndDialog } from './far-end-test-kit';
import type { MemoryPhone } from './memory-phone-test-kit';
import { farEndSdp, type SipText } from './sip-text-test-kit';

/** Test-only: the far end's side of a transfer the phone starts (hold re-INVITE, REFER, NOTIFYs). */
export function transferFarEnd(lab: MemoryPhone, dialog: FarEndDialog) {
  return {
    /** Answers the phone's next re-INVITE 200 (hold or resume) and returns it once ACKed. */
    async answerReinvite(what: string): Promise<SipText> {
      const reinvite = await lab.far.next(isRequest('INVITE'), what);
      const held = /^a=sendonly/m.test(reinvite.body);
      lab.far.reply(reinvite, 200, 'OK', {
        headers: ['Contact: <sip:bob@127.0.0.1:5099;transport=tcp>'],
        body: farEndSdp(40_000, held ? 'recvonly' : 'sendrecv'),
      });
      await lab.far.next(isRequest('ACK'), `the ACK of ${what}`);
      return reinvite;
    },
    /** A NOTIFY of the REFER's progress with this body (normally a sipfrag status line); resolves with its answer. */
    async notify(body: string, subscriptionState = 'active;expires=60'): Promise<SipText> {
      const sent = dialog.request(
        'NOTIFY',
        ['Event: refer', `Subscription-State: ${subscriptionState}`],
        body,
        'message/sipfrag;version=2.0',
      );
      return lab.far.next(
        (message) =>
          message.status !== undefined && message.cseq.method === 'NOTIFY' && message.cseq.number === sent.cseq.number,
        `the answer to NOTIFY ${sent.cseq.number}`,
      );
    },
  };
}
