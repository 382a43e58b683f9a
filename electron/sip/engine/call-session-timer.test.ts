import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRequest, isResponse, type Match } from './far-end-test-kit';
import {
  connectIncomingCall,
  connectOutgoingCall,
  startMemoryPhone,
  useFakeClock,
  type MemoryPhone,
} from './memory-phone-test-kit';
import { farEndSdp, tagOf } from './sip-text-test-kit';

// Linphone asks for Session-Expires 90 and refreshes with UPDATE every 45 s (RFC 4028).
const timerHeaders = ['Supported: timer', 'Session-Expires: 90'];
const allowWithUpdate = 'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE';
const allowWithoutUpdate = 'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, INFO';

describe('session timers (RFC 4028)', () => {
  let lab: MemoryPhone;
  beforeEach(async () => {
    lab = await startMemoryPhone();
    useFakeClock();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await lab.stop();
  });

  /** The far end's next message of this kind, letting the phone's timers and microtasks run first. */
  async function next(match: Match, what: string) {
    await vi.advanceTimersByTimeAsync(0);
    return lab.far.next(match, what);
  }

  const sentSince = (count: number, match: Match) => lab.far.received.slice(count).filter(match);

  it('confirms the caller’s interval in its 2xx, with the caller as refresher', async () => {
    const { ok } = await connectIncomingCall(lab, timerHeaders);
    expect(ok.header('session-expires')).toBe('90;refresher=uac');
    expect(ok.header('require')).toBe('timer');
    expect(ok.header('supported')).toMatch(/\btimer\b/);
  });

  it('answers an UPDATE refresh without a body with 200 and the timer', async () => {
    const { dialog } = await connectIncomingCall(lab, timerHeaders);
    const update = dialog.request('UPDATE', ['Supported: timer', 'Session-Expires: 90;refresher=uac']);
    const answer = await next(
      (message) => message.status !== undefined && message.cseq.method === 'UPDATE',
      'the answer',
    );
    expect(answer.status).toBe(200);
    expect(answer.cseq.number).toBe(update.cseq.number);
    expect(answer.header('session-expires')).toBe('90;refresher=uac');
    expect(answer.header('require')).toBe('timer');
    expect(answer.header('contact')).toMatch(/^<sip:alice@/);
  });

  it('answers a re-INVITE refresh with the timer in its 2xx', async () => {
    const { dialog } = await connectIncomingCall(lab, timerHeaders);
    const reinvite = dialog.request(
      'INVITE',
      ['Supported: timer', 'Session-Expires: 90;refresher=uac'],
      farEndSdp(40_002),
    );
    const ok = await next(isResponse(200), 'the 200 to the re-INVITE');
    dialog.ack(reinvite.cseq.number);
    expect(ok.cseq.number).toBe(reinvite.cseq.number);
    expect(ok.header('session-expires')).toBe('90;refresher=uac');
    expect(ok.body).toMatch(/^m=audio /m);
  });

  it('ends the call when the far end’s refresh is overdue, not before', async () => {
    const { call, dialog } = await connectIncomingCall(lab, timerHeaders);
    await vi.advanceTimersByTimeAsync(40_000);
    dialog.request('UPDATE', ['Supported: timer', 'Session-Expires: 90;refresher=uac']);
    await next(isResponse(200, 'UPDATE'), 'the 200 to the UPDATE');
    // 90 s after the refresh, less min(32, 90/3) s (RFC 4028 section 10): 60 s.
    await vi.advanceTimersByTimeAsync(59_900);
    expect(lab.far.received.filter(isRequest('BYE'))).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    const bye = await next(isRequest('BYE'), 'the BYE');
    lab.far.reply(bye, 200, 'OK');
    await vi.advanceTimersByTimeAsync(0);
    expect(call.state).toMatchObject({ state: 'ended', endReason: 'network-error' });
  });

  it('refreshes with UPDATE at half the interval when it is the refresher', async () => {
    const { call } = await connectOutgoingCall(lab, [
      'Session-Expires: 90;refresher=uac',
      'Require: timer',
      allowWithUpdate,
    ]);
    const before = lab.far.received.length;
    await vi.advanceTimersByTimeAsync(44_900);
    expect(sentSince(before, isRequest('UPDATE'))).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    const update = await next(isRequest('UPDATE'), 'the UPDATE');
    expect(update.header('session-expires')).toBe('90;refresher=uac');
    expect(update.header('contact')).toMatch(/^<sip:alice@/);
    expect(update.body).toBe('');
    lab.far.reply(update, 200, 'OK', { headers: ['Session-Expires: 90;refresher=uac', 'Require: timer'] });
    await vi.advanceTimersByTimeAsync(45_000);
    const again = await next(isRequest('UPDATE'), 'the second UPDATE');
    expect(again.cseq.number).toBe(update.cseq.number + 1);
    lab.far.reply(again, 200, 'OK', { headers: ['Session-Expires: 90;refresher=uac'] });
    await vi.advanceTimersByTimeAsync(0);
    expect(call.state.state).toBe('connected');
  });

  it('refreshes with a re-INVITE when the far end does not allow UPDATE', async () => {
    await connectOutgoingCall(lab, ['Session-Expires: 90;refresher=uac', 'Require: timer', allowWithoutUpdate]);
    await vi.advanceTimersByTimeAsync(45_000);
    const reinvite = await next(isRequest('INVITE'), 'the refreshing re-INVITE');
    expect(tagOf(reinvite.header('to'))).toBe('far-tag');
    expect(reinvite.header('session-expires')).toBe('90;refresher=uac');
    expect(reinvite.body).toMatch(/^a=sendrecv/m);
    lab.far.reply(reinvite, 200, 'OK', {
      headers: ['Contact: <sip:bob@127.0.0.1:5099;transport=tcp>', 'Session-Expires: 90;refresher=uac'],
      body: farEndSdp(40_000),
    });
    const ack = await next(isRequest('ACK'), 'the ACK of the refresh');
    expect(ack.cseq.number).toBe(reinvite.cseq.number);
  });

  it('leaves refreshing to the far end when it says it refreshes', async () => {
    const { call } = await connectOutgoingCall(lab, [
      'Session-Expires: 90;refresher=uas',
      'Require: timer',
      allowWithUpdate,
    ]);
    const before = lab.far.received.length;
    await vi.advanceTimersByTimeAsync(59_000);
    expect(sentSince(before, (message) => message.method !== undefined)).toEqual([]);
    expect(call.state.state).toBe('connected');
  });

  it('asks for a timer in its INVITE, and again with the Min-SE of a 422', async () => {
    const call = lab.phone.dial('sip:bob@127.0.0.1');
    await call.dial();
    const invite = await next(isRequest('INVITE'), 'the INVITE');
    expect(invite.header('session-expires')).toBe('1800');
    expect(invite.header('min-se')).toBe('90');
    expect(invite.header('supported')).toMatch(/\btimer\b/);
    lab.far.reply(invite, 422, 'Session Interval Too Small', { headers: ['Min-SE: 3600'] });
    await next(isRequest('ACK'), 'the ACK of the 422');
    const retry = await next(isRequest('INVITE'), 'the INVITE asked again');
    expect(retry.callId).toBe(invite.callId);
    expect(retry.cseq.number).toBe(invite.cseq.number + 1);
    expect(retry.header('session-expires')).toBe('3600');
    expect(retry.header('min-se')).toBe('3600');
    lab.far.reply(retry, 200, 'OK', {
      headers: ['Contact: <sip:bob@127.0.0.1:5099;transport=tcp>', 'Session-Expires: 3600;refresher=uac'],
      body: farEndSdp(40_000),
    });
    await next(isRequest('ACK'), 'the ACK');
    expect(call.state.state).toBe('connected');
  });

  it('keeps a call whose caller asks for an interval longer than a timer can wait, shortened to a day', async () => {
    // 9,999,999 s in milliseconds overflows setTimeout (2^31 ms, about 24.8 days), which then fires at once.
    const { call, ok } = await connectIncomingCall(lab, ['Supported: timer', 'Session-Expires: 9999999;refresher=uac']);
    expect(ok.header('session-expires')).toBe('86400;refresher=uac');
    const before = lab.far.received.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sentSince(before, (message) => message.method !== undefined)).toEqual([]);
    expect(call.state.state).toBe('connected');
  });

  it('gives up on a callee whose 422 asks for more than a day, instead of asking again', async () => {
    const call = lab.phone.dial('sip:bob@127.0.0.1');
    await call.dial();
    const invite = await next(isRequest('INVITE'), 'the INVITE');
    lab.far.reply(invite, 422, 'Session Interval Too Small', { headers: ['Min-SE: 9999999'] });
    await next(isRequest('ACK'), 'the ACK of the 422');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sentSince(0, isRequest('INVITE'))).toHaveLength(1);
    expect(call.state.state).toBe('ended');
    expect(call.state.endReason).toBe('failed');
  });

  it('refuses an INVITE asking for less than 90 s with 422 and its Min-SE', async () => {
    lab.far.invite({
      to: 'sip:alice@127.0.0.1',
      headers: ['Supported: timer', 'Session-Expires: 60'],
      sdp: farEndSdp(40_002),
    });
    const refusal = await next(isResponse(422), 'the 422');
    expect(refusal.header('min-se')).toBe('90');
    expect(lab.incoming).toEqual([]);
  });

  it('refuses an UPDATE that carries an offer, and one for no call', async () => {
    const { dialog } = await connectIncomingCall(lab, timerHeaders);
    dialog.request('UPDATE', [], farEndSdp(40_002));
    expect((await next(isResponse(488, 'UPDATE'), 'the 488')).header('warning')).toMatch(/re-INVITE/);
    lab.far.send(
      [
        'UPDATE sip:alice@127.0.0.1:50600;transport=tcp SIP/2.0',
        'Via: SIP/2.0/TCP 127.0.0.1:5070;branch=z9hG4bKstray',
        'Max-Forwards: 70',
        'From: <sip:far@127.0.0.1>;tag=stray',
        'To: <sip:alice@127.0.0.1>;tag=unknown',
        'Call-ID: no-such-call',
        'CSeq: 7 UPDATE',
        'Content-Length: 0',
        '',
        '',
      ].join('\r\n'),
    );
    expect((await next(isResponse(481, 'UPDATE'), 'the 481')).callId).toBe('no-such-call');
  });
});
