import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { callSnapshot } from '../../test-support/call-snapshot';
import { initialCallsState, selectors, useCallsStore } from './calls.store';

const state = () => useCallsStore.getState();

function backend(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

const bob = callSnapshot({ id: 'bob', state: 'connected', answeredAt: 5 });
const carol = callSnapshot({ id: 'carol', remoteUri: 'sip:carol@example.com', remoteNumber: '' });

beforeEach(() => useCallsStore.setState({ ...initialCallsState, active: [bob] }));
afterEach(() => vi.unstubAllGlobals());

describe('transferring from the calls store', () => {
  it('sends a blind transfer on calls:transfer and keeps main’s refusal for the call card', async () => {
    const fake = backend({
      'calls:transfer': () => err('out-of-order', 'Only a connected call can be transferred.'),
    });
    await state().transfer('bob', '+15125550199');
    expect(fake.calls.map((call) => [call.channel, call.payload])).toEqual([
      ['calls:transfer', { callId: 'bob', target: '+15125550199' }],
    ]);
    expect(selectors.errorFor('transfer')(state())).toEqual({
      action: 'transfer',
      callId: 'bob',
      message: 'Only a connected call can be transferred.',
    });
  });

  it('consults first by dialling the target, then completes on calls:complete-transfer with both calls', async () => {
    const fake = backend({ 'calls:dial': () => ok(carol), 'calls:complete-transfer': () => ok(null) });
    expect(await state().consult('bob', 'sip:carol@example.com')).toBe(true);
    expect(selectors.consultation(state())).toEqual({ heldCallId: 'bob', consultationCallId: 'carol' });
    expect(selectors.active(state()).map((call) => call.id)).toEqual(['bob', 'carol']);
    await state().completeTransfer();
    expect(fake.calls.map((call) => [call.channel, call.payload])).toEqual([
      ['calls:dial', { target: 'sip:carol@example.com' }],
      ['calls:complete-transfer', { callId: 'bob', consultationCallId: 'carol' }],
    ]);
  });

  it('forgets the consultation when either call ends, and a failed consultation dial starts none', async () => {
    backend({ 'calls:dial': () => ok(carol) });
    await state().consult('bob', 'sip:carol@example.com');
    state().receive({ ...carol, state: 'ended', endReason: 'hung-up' });
    expect(selectors.consultation(state())).toBeNull();

    backend({ 'calls:dial': () => err('no-line', 'No phone line is connected.') });
    expect(await state().consult('bob', 'sip:carol@example.com')).toBe(false);
    expect(selectors.consultation(state())).toBeNull();
    expect(selectors.errorFor('transfer')(state())?.message).toBe('No phone line is connected.');
  });
});
