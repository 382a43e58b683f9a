import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { callSnapshot } from '../../test-support/call-snapshot';
import { initialCallsState, selectors, useCallsStore } from './calls.store';

const connected = (id: string, change: Partial<CallSnapshot> = {}): CallSnapshot =>
  callSnapshot({
    id,
    remoteUri: `sip:${id}@example.com`,
    remoteNumber: id,
    state: 'connected',
    answeredAt: 2,
    ...change,
  });

const state = () => useCallsStore.getState();

function backend(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => useCallsStore.setState(initialCallsState));
afterEach(() => vi.unstubAllGlobals());

describe('merging calls (3-way call)', () => {
  it('offers the held call to merge with the one being talked on, and nothing otherwise', () => {
    state().receive(connected('bob'));
    expect(selectors.mergeable(state())).toBeNull();
    state().receive(connected('bob', { onHold: true }));
    state().receive(connected('carol'));
    expect(selectors.mergeable(state())?.id).toBe('bob');
    state().receive(connected('carol', { onHold: true }));
    expect(selectors.mergeable(state())).toBeNull();
    state().receive(connected('bob', { conferenceWith: 'carol' }));
    state().receive(connected('carol', { conferenceWith: 'bob' }));
    expect(selectors.mergeable(state())).toBeNull();
  });

  it('sends merge and split on their channels, and keeps a refusal for display', async () => {
    const fake = backend({
      'calls:merge': () => err('out-of-order', 'Only answered calls can be merged.'),
      'calls:split': () => ok(null),
    });
    await state().merge('carol', 'bob');
    expect(selectors.errorFor('merge')(state())).toMatchObject({
      callId: 'carol',
      message: 'Only answered calls can be merged.',
    });
    await state().split('bob');
    expect(selectors.errorFor('merge')(state())).toBeNull();
    expect(fake.calls).toEqual([
      { channel: 'calls:merge', payload: { callId: 'carol', otherCallId: 'bob' } },
      { channel: 'calls:split', payload: { callId: 'bob' } },
    ]);
  });
});
