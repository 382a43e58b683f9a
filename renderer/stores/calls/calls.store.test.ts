import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { callSnapshot } from '../../test-support/call-snapshot';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialCallsState, selectors, useCallsStore } from './calls.store';

const call = (id: string, change: Partial<CallSnapshot> = {}): CallSnapshot =>
  callSnapshot({
    id,
    direction: 'incoming',
    remoteUri: 'sip:bob@example.com',
    remoteNumber: 'bob',
    state: 'ringing',
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

describe('calls store', () => {
  it('keeps calls in start order, updates them in place and moves ended ones out', () => {
    const { receive } = state();
    receive(call('a', { direction: 'outgoing', state: 'dialing' }));
    receive(call('b'));
    receive(call('a', { direction: 'outgoing', state: 'connected' }));
    expect(selectors.active(state()).map((c) => [c.id, c.state])).toEqual([
      ['a', 'connected'],
      ['b', 'ringing'],
    ]);
    expect(selectors.ringing(state()).map((c) => c.id)).toEqual(['b']);
    receive(call('b', { state: 'ended', endReason: 'missed' }));
    expect(selectors.active(state()).map((c) => c.id)).toEqual(['a']);
    expect(selectors.lastEnded(state())?.endReason).toBe('missed');
  });

  it('loads the calls main has (a reload mid-call), keeping calls whose events came first', async () => {
    state().receive(call('b', { state: 'connected' }));
    backend({
      'calls:list': () =>
        ok([call('a', { direction: 'outgoing', state: 'connected', onHold: true }), call('b', { state: 'ringing' })]),
    });
    await state().load();
    expect(selectors.active(state()).map((c) => [c.id, c.state])).toEqual([
      ['b', 'connected'],
      ['a', 'connected'],
    ]);
  });

  it('dials through calls:dial and adds the call unless its events came first', async () => {
    const dialling = call('c1', { direction: 'outgoing', state: 'dialing' });
    const fake = backend({ 'calls:dial': () => ok(dialling) });
    expect(await state().dial('+15125550123')).toBe(true);
    expect(fake.calls).toEqual([{ channel: 'calls:dial', payload: { target: '+15125550123' } }]);
    expect(selectors.current(state())?.id).toBe('c1');

    state().receive(call('c2', { direction: 'outgoing', state: 'ringing' }));
    backend({ 'calls:dial': () => ok(call('c2', { direction: 'outgoing', state: 'dialing' })) });
    await state().dial('sip:alice@example.com');
    expect(state().active.find((c) => c.id === 'c2')?.state).toBe('ringing');
  });

  it('keeps a failure for display and clears it when the same request works', async () => {
    backend({ 'calls:dial': () => err('no-line', 'There is no phone line connected yet. Set up your account.') });
    expect(await state().dial('+15125550123')).toBe(false);
    expect(selectors.errorFor('dial')(state())).toMatchObject({ action: 'dial', message: /no phone line/ });
    expect(selectors.errorFor('hang-up')(state())).toBeNull();

    backend({ 'calls:dial': () => ok(call('c1', { direction: 'outgoing', state: 'dialing' })) });
    await state().dial('+15125550123');
    expect(selectors.error(state())).toBeNull();
  });

  it('records through calls:set-recording, keeping Twilio’s refusal for the call card until a press works', async () => {
    const refusal = 'Twilio does not list this call as in progress yet. Wait a few seconds, then press Record again.';
    const fake = backend({ 'calls:set-recording': () => err('not-found', refusal) });
    await state().setRecording('a', true);
    expect(selectors.errorFor('record')(state())).toEqual({ action: 'record', callId: 'a', message: refusal });
    backend({ 'calls:set-recording': () => ok(null) });
    await state().setRecording('a', true);
    expect(selectors.error(state())).toBeNull();
    expect(fake.calls).toEqual([{ channel: 'calls:set-recording', payload: { callId: 'a', on: true } }]);
  });

  it('sends each call action on its channel', async () => {
    const answered = () => ok(null);
    const fake = backend({
      'calls:answer': answered,
      'calls:decline': answered,
      'calls:hang-up': answered,
      'calls:set-hold': answered,
      'calls:set-mute': answered,
      'calls:send-dtmf': answered,
    });
    await state().answer('a');
    await state().decline('b');
    await state().hangUp('c');
    await state().setHold('d', true);
    await state().setMuted('e', true);
    await state().sendDtmf('f', '1#');
    expect(fake.calls).toEqual([
      { channel: 'calls:answer', payload: { callId: 'a' } },
      { channel: 'calls:decline', payload: { callId: 'b' } },
      { channel: 'calls:hang-up', payload: { callId: 'c' } },
      { channel: 'calls:set-hold', payload: { callId: 'd', hold: true } },
      { channel: 'calls:set-mute', payload: { callId: 'e', muted: true } },
      { channel: 'calls:send-dtmf', payload: { callId: 'f', digits: '1#' } },
    ]);
  });

  it('switches calls: holds the one being talked on, resumes the chosen one', async () => {
    state().receive(call('a', { state: 'connected', onHold: true, answeredAt: 2 }));
    state().receive(call('b', { state: 'connected', answeredAt: 3 }));
    expect(selectors.current(state())?.id).toBe('b');
    const fake = backend({ 'calls:set-hold': () => ok(null) });
    await state().switchTo('a');
    expect(fake.calls.map((request) => request.payload)).toEqual([
      { callId: 'b', hold: true },
      { callId: 'a', hold: false },
    ]);
  });

  it('leaves ringing calls to the banner and the sound test to its own screen', () => {
    state().receive(call('ring'));
    state().receive(
      call('test', {
        direction: 'outgoing',
        state: 'connected',
        soundTest: { phase: 'prompt', peakDbfs: null, averageDbfs: null },
      }),
    );
    expect(selectors.current(state())).toBeNull();
    expect(selectors.inProgress(state())).toEqual([]);
  });

  it('shows "Call ended" for calls that were on screen until dismissed', () => {
    state().receive(call('in', { state: 'ended', endReason: 'declined' }));
    expect(selectors.endedNotice(state())).toBeNull();
    state().receive(call('out', { direction: 'outgoing', state: 'ended', endReason: 'busy' }));
    expect(selectors.endedNotice(state())?.id).toBe('out');
    state().dismissEndedNotice('other');
    expect(selectors.endedNotice(state())?.id).toBe('out');
    state().dismissEndedNotice('out');
    expect(selectors.endedNotice(state())).toBeNull();
  });

  it('keeps quality per active call and forgets it when the call ends', async () => {
    const quality = { roundTripMs: 40, jitterMs: 3, lossPercent: 0, mos: 4.4 };
    backend({ 'calls:get-quality': () => ok(quality) });
    await state().refreshQuality('gone');
    expect(selectors.quality('gone')(state())).toBeNull();
    state().receive(call('a', { state: 'connected' }));
    await state().refreshQuality('a');
    expect(selectors.quality('a')(state())).toEqual(quality);
    state().receive(call('a', { state: 'ended', endReason: 'hung-up', answeredAt: 2 }));
    expect(selectors.quality('a')(state())).toBeNull();
  });
});
