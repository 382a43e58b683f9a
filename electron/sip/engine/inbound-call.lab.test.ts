import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { energyShareAt } from '../../../e2e/lab/tones';
import { farEndTone, startCallLab } from './call-lab-test-kit';
import type { SipCall } from './sip-call';
import { waitFor } from './sip-phone-test-kit';

describe('incoming calls from baresip', () => {
  let lab: Awaited<ReturnType<typeof startCallLab>>;
  beforeAll(async () => {
    lab = await startCallLab();
  }, 30_000);
  afterAll(() => lab.stop());

  async function ringing(): Promise<SipCall> {
    const before = lab.alice.incoming.length;
    await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
    const call = await waitFor(() => lab.alice.incoming[before], 10_000, 'the INVITE to arrive');
    await call.ring();
    return call;
  }

  const ended = (call: SipCall) => waitFor(() => call.state.state === 'ended' || undefined, 10_000, 'the call to end');

  it('rings with the caller, is answered, carries tones both ways, and ends when the caller hangs up', async () => {
    const call = await ringing();
    expect(call.state).toMatchObject({ direction: 'incoming', state: 'ringing', remoteNumber: 'bob' });
    await call.answer();
    const conversation = await lab.talk(call);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const heard = await conversation.stop();
    await lab.bob.ctrl.hangup();
    await ended(call);
    expect(call.state.endReason).toBe('remote-hung-up');
    expect(energyShareAt(heard.samples, 8000, farEndTone)).toBeGreaterThan(0.95);
    expect(await lab.bobHeardShare()).toBeGreaterThan(0.95);
  }, 30_000);

  it('declines with 603, and baresip sees the call closed', async () => {
    const call = await ringing();
    await call.decline(603);
    await ended(call);
    expect(call.state.endReason).toBe('declined');
    await lab.bob.waitForEvent((event) => event.type === 'CALL_CLOSED', 5000);
  }, 30_000);

  it('becomes a missed call when the caller cancels before answer', async () => {
    const call = await ringing();
    await lab.bob.ctrl.hangup();
    await ended(call);
    expect(call.state.endReason).toBe('missed');
    expect(call.state.answeredAt).toBeNull();
  }, 30_000);
});

describe('outgoing call control against baresip', () => {
  let lab: Awaited<ReturnType<typeof startCallLab>>;
  beforeAll(async () => {
    lab = await startCallLab({ transport: 'tcp' });
  }, 30_000);
  afterAll(() => lab.stop());

  it('sends DTMF 159*0# that baresip receives, and ends when baresip hangs up', async () => {
    const call = lab.alice.phone.dial(lab.bob.sipUri);
    await call.dial();
    const conversation = await lab.talk(call);
    await call.sendDtmf('159*0#');
    const keys = () =>
      lab.bob
        .events()
        .filter((event) => event.type === 'CALL_DTMF_START')
        .map((event) => event.param)
        .join('');
    await waitFor(() => (keys().endsWith('159*0#') ? true : undefined), 5000, 'baresip to log the digits');
    await lab.bob.ctrl.hangup();
    await waitFor(() => call.state.state === 'ended' || undefined, 5000, 'the call to end');
    await conversation.stop();
    expect(call.state.endReason).toBe('remote-hung-up');
  }, 30_000);

  it('cancels before answer', async () => {
    const call = lab.alice.phone.dial(lab.bob.sipUri);
    await call.dial();
    await call.hangUp();
    await waitFor(() => call.state.state === 'ended' || undefined, 5000, 'the call to end');
    expect(call.state.endReason).toBe('cancelled');
    expect(call.state.answeredAt).toBeNull();
  }, 30_000);

  it('maps an unknown number to "not found"', async () => {
    const call = lab.alice.phone.dial(`sip:nobody@${lab.kamailio.domain}`);
    await call.dial();
    await waitFor(() => call.state.state === 'ended' || undefined, 5000, 'the call to end');
    expect(call.state.endReason).toBe('not-found');
  }, 30_000);
});
