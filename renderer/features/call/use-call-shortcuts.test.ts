import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { callSnapshot } from '../../test-support/call-snapshot';
import { ok } from '../../../shared/result';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { initialCallsState, useCallsStore } from '../../stores/calls/calls.store';
import { runCallShortcut } from './use-call-shortcuts';

const call = (id: string, change: Partial<CallSnapshot> = {}): CallSnapshot =>
  callSnapshot({
    id,
    direction: 'incoming',
    remoteUri: 'sip:bob@example.com',
    remoteNumber: 'bob',
    state: 'ringing',
    ...change,
  });

function requests() {
  const fake = createFakeDialtoneApi({
    'calls:answer': () => ok(null),
    'calls:decline': () => ok(null),
    'calls:hang-up': () => ok(null),
    'calls:set-mute': () => ok(null),
  });
  vi.stubGlobal('window', { dialtone: fake });
  return fake.calls;
}

beforeEach(() => useCallsStore.setState(initialCallsState));
afterEach(() => vi.unstubAllGlobals());

describe('runCallShortcut', () => {
  it('answers the longest-ringing call and declines it when nothing else is going on', () => {
    const sent = requests();
    useCallsStore.getState().receive(call('first'));
    useCallsStore.getState().receive(call('second', { startedAt: 2 }));
    runCallShortcut('answer');
    runCallShortcut('hang-up');
    runCallShortcut('mute');
    expect(sent).toEqual([
      { channel: 'calls:answer', payload: { callId: 'first' } },
      { channel: 'calls:decline', payload: { callId: 'first' } },
    ]);
  });

  it('hangs up and mutes the call being talked on, even while another rings', () => {
    const sent = requests();
    useCallsStore.getState().receive(call('talk', { direction: 'outgoing', state: 'connected', muted: true }));
    useCallsStore.getState().receive(call('waiting'));
    runCallShortcut('mute');
    runCallShortcut('hang-up');
    expect(sent).toEqual([
      { channel: 'calls:set-mute', payload: { callId: 'talk', muted: false } },
      { channel: 'calls:hang-up', payload: { callId: 'talk' } },
    ]);
  });
});
