import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRequest, type Match } from './far-end-test-kit';
import {
  connectIncomingCall,
  connectOutgoingCall,
  startMemoryPhone,
  useFakeClock,
  type MemoryPhone,
} from './memory-phone-test-kit';
import { glareBackoffMs } from './reinvite';
import { farEndSdp } from './sip-text-test-kit';

describe('glare back-off (RFC 3261 section 14.1)', () => {
  it('waits 2.1 to 4 s for the Call-ID owner and 0 to 2 s for the other side, in 10 ms steps', () => {
    expect(glareBackoffMs(true, () => 0)).toBe(2100);
    expect(glareBackoffMs(true, () => 0.999_999)).toBe(4000);
    expect(glareBackoffMs(false, () => 0)).toBe(0);
    expect(glareBackoffMs(false, () => 0.999_999)).toBe(2000);
    expect(glareBackoffMs(true, () => 0.5) % 10).toBe(0);
  });
});

describe('a 491 Request Pending to our re-INVITE', () => {
  let lab: MemoryPhone;
  afterEach(async () => {
    vi.useRealTimers();
    await lab.stop();
  });

  async function next(match: Match, what: string) {
    await vi.advanceTimersByTimeAsync(0);
    return lab.far.next(match, what);
  }

  it('is followed by the same hold re-INVITE 2.1 s later when we placed the call, and hold succeeds', async () => {
    lab = await startMemoryPhone({ random: () => 0 });
    useFakeClock();
    const { call } = await connectOutgoingCall(lab);
    const holding = call.setHold(true);
    const first = await next(isRequest('INVITE'), 'the hold re-INVITE');
    expect(first.body).toMatch(/^a=sendonly/m);
    lab.far.reply(first, 491, 'Request Pending');
    await next(isRequest('ACK'), 'the ACK of the 491');
    await vi.advanceTimersByTimeAsync(2090);
    expect(lab.far.received.filter(isRequest('INVITE'))).toHaveLength(2); // the call's INVITE and the first try
    await vi.advanceTimersByTimeAsync(10);
    const second = await next(isRequest('INVITE'), 'the re-INVITE sent again');
    expect(second.cseq.number).toBeGreaterThan(first.cseq.number);
    expect(second.body).toMatch(/^a=sendonly/m);
    lab.far.reply(second, 200, 'OK', {
      headers: ['Contact: <sip:bob@127.0.0.1:5099;transport=tcp>'],
      body: farEndSdp(40_000, 'recvonly'),
    });
    await holding;
    expect(call.state.onHold).toBe(true);
    expect((await call.media())!.direction).toBe('sendonly');
  });

  it('waits 0 to 2 s when the far end placed the call', async () => {
    lab = await startMemoryPhone({ random: () => 0.5 });
    useFakeClock();
    const { call } = await connectIncomingCall(lab);
    const holding = call.setHold(true);
    lab.far.reply(await next(isRequest('INVITE'), 'the hold re-INVITE'), 491, 'Request Pending');
    await vi.advanceTimersByTimeAsync(990);
    expect(lab.far.received.filter(isRequest('INVITE'))).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    const second = await next(isRequest('INVITE'), 'the re-INVITE sent again');
    lab.far.reply(second, 200, 'OK', {
      headers: ['Contact: <sip:far@127.0.0.1:5070>'],
      body: farEndSdp(40_002, 'recvonly'),
    });
    await holding;
    expect(call.state.onHold).toBe(true);
  });

  it('gives up after three more 491s, and the call stays off hold', async () => {
    lab = await startMemoryPhone({ random: () => 0 });
    useFakeClock();
    const { call } = await connectOutgoingCall(lab);
    const holding = call.setHold(true).then(
      () => undefined,
      (error: unknown) => error,
    );
    for (let attempt = 0; attempt < 4; attempt++) {
      lab.far.reply(await next(isRequest('INVITE'), `re-INVITE ${attempt + 1}`), 491, 'Request Pending');
      await vi.advanceTimersByTimeAsync(2100);
    }
    expect(await holding).toEqual(new Error('The other side refused the hold request (491)'));
    expect(call.state.onHold).toBe(false);
    expect(call.state.state).toBe('connected');
  });
});
