import { describe, expect, it, vi } from 'vitest';
import type { SetupState } from '../../../shared/models/twilio-setup';
import { sampleSetupState } from '../../test-support/setup-samples';
import { twilioCloud } from '../../twilio/endpoints';
import type { InboxApi } from '../../twilio/inbox-api';
import { createEventBus } from '../event-bus';
import { followInboxTriggers } from './inbox-triggers';
import { twilioInboxLine } from './twilio-inbox-line';

const lineReady: SetupState = {
  ...sampleSetupState,
  accountId: 'account-1',
  number: { sid: `PN${'1'.repeat(32)}`, phoneNumber: '+15125550100', purchased: true },
};
const signIn = { accountSid: `AC${'1'.repeat(32)}`, username: `SK${'2'.repeat(32)}`, password: 'secret' };

function setUp(state: SetupState = lineReady) {
  const credentials = vi.fn(async () => signIn);
  const connect = vi.fn(async () => ({}) as InboxApi);
  const source = twilioInboxLine({ setupState: () => state, credentials, connect, endpoints: twilioCloud });
  return { source, credentials, connect };
}

describe('the Twilio line the inbox syncs', () => {
  it('reads the sign-in once, not on every poll, and again after the setup changed', async () => {
    const { source, credentials, connect } = setUp();
    expect(await source.line()).toMatchObject({ number: '+15125550100' });
    await source.line();
    await source.line();
    expect(credentials).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledTimes(1);
    source.forget();
    await source.line();
    expect(credentials).toHaveBeenCalledTimes(2);
  });

  it('is no line before the setup saved one, without reading any secret', async () => {
    const { source, credentials } = setUp({ ...lineReady, accountId: null });
    expect(await source.line()).toBeNull();
    expect(credentials).not.toHaveBeenCalled();
  });

  it('tries again on the next poll when connecting failed', async () => {
    const { source, connect } = setUp();
    connect.mockRejectedValueOnce(new Error('twilio-node failed to load'));
    await expect(source.line()).rejects.toThrow('twilio-node failed to load');
    expect(await source.line()).not.toBeNull();
    expect(connect).toHaveBeenCalledTimes(2);
  });
});

describe('what makes the inbox sync', () => {
  it('a missed call, a line newly set up, and any setup change for the sign-in', () => {
    const events = createEventBus();
    const targets = { missedCall: vi.fn(), syncNow: vi.fn(async () => null), setupChanged: vi.fn() };
    followInboxTriggers(events, targets);
    const call = {
      id: 'c1',
      direction: 'incoming',
      state: 'ended',
      answeredAt: null,
      soundTest: null,
    } as unknown as Parameters<typeof events.emit<'calls:state-changed'>>[1];
    events.emit('calls:state-changed', call);
    events.emit('calls:state-changed', { ...call, answeredAt: 1000 });
    events.emit('calls:state-changed', { ...call, endReason: 'answered-elsewhere' });
    expect(targets.missedCall).toHaveBeenCalledTimes(1);
    events.emit('setup:changed', { ...lineReady, accountId: null });
    expect(targets.syncNow).not.toHaveBeenCalled();
    events.emit('setup:changed', lineReady);
    expect(targets.syncNow).toHaveBeenCalledTimes(1);
    expect(targets.setupChanged).toHaveBeenCalledTimes(2);
  });
});
