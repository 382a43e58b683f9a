import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRequest, isResponse } from './far-end-test-kit';
import { startMemoryPhone, type MemoryPhone } from './memory-phone-test-kit';
import { waitFor } from './sip-phone-test-kit';
import { farEndSdp, sipMessage, type SipText } from './sip-text-test-kit';

// A user on several phones: the proxy rings all, and cancels the others once one answers (RFC 3326).
describe('a ringing call cancelled by the proxy', () => {
  let lab: MemoryPhone;
  beforeEach(async () => {
    lab = await startMemoryPhone();
  });
  afterEach(() => lab.stop());

  /** The far end's CANCEL of its INVITE (same Request-URI, Via branch, From, To and Call-ID), with these headers. */
  function cancel(invite: SipText, headers: string[]): void {
    lab.far.send(
      sipMessage(`CANCEL ${invite.uri} SIP/2.0`, [
        `Via: ${invite.header('via')}`,
        'Max-Forwards: 70',
        `From: ${invite.header('from')}`,
        `To: ${invite.header('to')}`,
        `Call-ID: ${invite.callId}`,
        'CSeq: 1 CANCEL',
        ...headers,
      ]),
    );
  }

  async function ringThenCancel(headers: string[]) {
    const arriving = lab.nextIncomingCall();
    const { request } = lab.far.invite({ to: 'sip:alice@127.0.0.1', sdp: farEndSdp(40_004) });
    const call = await arriving;
    await call.ring();
    cancel(request, headers);
    await lab.far.next(isResponse(487), 'the 487 to the INVITE');
    await waitFor(() => call.state.state === 'ended' || undefined, 2000, 'the call to end');
    return call.state;
  }

  it('with "Reason: SIP;cause=200" ends as answered on another device, not missed', async () => {
    const ended = await ringThenCancel(['Reason: SIP;cause=200;text="Call completed elsewhere"']);
    expect(ended).toMatchObject({ endReason: 'answered-elsewhere', answeredAt: null });
  });

  it('without a Reason, or with another cause, is a missed call', async () => {
    expect((await ringThenCancel([])).endReason).toBe('missed');
    expect((await ringThenCancel(['Reason: SIP;cause=487;text="Request Terminated"'])).endReason).toBe('missed');
    expect(lab.far.received.some(isRequest('BYE'))).toBe(false);
  });
});
