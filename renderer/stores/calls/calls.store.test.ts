import { beforeEach, describe, expect, it } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { initialCallsState, selectors, useCallsStore } from './calls.store';

const call = (id: string, change: Partial<CallSnapshot> = {}): CallSnapshot => ({
  id,
  direction: 'incoming',
  remoteUri: 'sip:bob@example.com',
  remoteNumber: 'bob',
  remoteName: null,
  state: 'ringing',
  earlyMedia: false,
  onHold: false,
  heldByRemote: false,
  muted: false,
  startedAt: 1,
  answeredAt: null,
  endedAt: null,
  endReason: null,
  ...change,
});

describe('calls store', () => {
  beforeEach(() => useCallsStore.setState(initialCallsState));

  it('keeps calls in start order, updates them in place and moves ended ones out', () => {
    const { receive } = useCallsStore.getState();
    receive(call('a', { direction: 'outgoing', state: 'dialing' }));
    receive(call('b'));
    receive(call('a', { direction: 'outgoing', state: 'connected' }));
    expect(selectors.active(useCallsStore.getState()).map((c) => [c.id, c.state])).toEqual([
      ['a', 'connected'],
      ['b', 'ringing'],
    ]);
    expect(selectors.ringing(useCallsStore.getState()).map((c) => c.id)).toEqual(['b']);
    receive(call('b', { state: 'ended', endReason: 'missed' }));
    expect(selectors.active(useCallsStore.getState()).map((c) => c.id)).toEqual(['a']);
    expect(selectors.lastEnded(useCallsStore.getState())?.endReason).toBe('missed');
  });
});
