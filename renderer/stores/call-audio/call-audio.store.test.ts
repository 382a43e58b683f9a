import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallSnapshot } from '../../../shared/models/call';
import { callSnapshot } from '../../test-support/call-snapshot';
import { err, ok } from '../../../shared/result';
import type { CallAudio, CallAudioOptions } from '../../audio/call-audio';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import {
  selectors,
  setCallAudioStarter,
  setDeviceResolver,
  setProcessingResolver,
  useCallAudioStore,
} from './call-audio.store';

const call = (id: string, change: Partial<CallSnapshot> = {}): CallSnapshot =>
  callSnapshot({ id, remoteUri: 'sip:bob@example.com', remoteNumber: 'bob', ...change });

interface FakeAudio extends CallAudio {
  options: CallAudioOptions;
  closed: boolean;
  microphones: (string | undefined)[];
  speakers: (string | undefined)[];
}

/** Records every start; each one connects through options.connect as the real one does. */
function fakeStarter(fail?: Error) {
  const started: FakeAudio[] = [];
  setCallAudioStarter(async (options) => {
    await options.connect('v=0 offer');
    if (fail) throw fail;
    const audio: FakeAudio = {
      options,
      closed: false,
      microphones: [],
      speakers: [],
      useMicrophone: async (deviceId) => void audio.microphones.push(deviceId),
      useSpeaker: async (deviceId) => void audio.speakers.push(deviceId),
      levels: () => ({ input: 0.25, output: 0.5 }),
      stats: async () => undefined,
      close: () => void (audio.closed = true),
    };
    started.push(audio);
    return audio;
  });
  return started;
}

function backend(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

const state = () => useCallAudioStore.getState();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  setDeviceResolver(() => undefined);
  setProcessingResolver(() => ({ echoCancellation: false, noiseSuppression: true, autoGainControl: false }));
});
afterEach(() => {
  for (const id of Object.keys(state().calls)) state().follow(call(id, { state: 'ended' }));
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('call audio store', () => {
  it('starts an outgoing call at once, through audio:connect, with the resolved devices and processing', async () => {
    const fake = backend({ 'audio:connect': () => ok({ answerSdp: 'v=0 answer' }) });
    const started = fakeStarter();
    setDeviceResolver(async (kind) => (kind === 'microphone' ? 'mic-2' : 'spk-3'));
    state().follow(call('c1'));
    state().follow(call('c1', { state: 'ringing', earlyMedia: true }));
    await settle();
    expect(started).toHaveLength(1);
    expect(started[0]!.options).toMatchObject({
      callId: 'c1',
      microphoneId: 'mic-2',
      speakerId: 'spk-3',
      processing: { echoCancellation: false, noiseSuppression: true, autoGainControl: false },
    });
    expect(fake.calls).toEqual([{ channel: 'audio:connect', payload: { callId: 'c1', offerSdp: 'v=0 offer' } }]);
    expect(selectors.status('c1')(state())).toBe('running');
  });

  it('starts an incoming call only once answered, and closes audio when the call ends', async () => {
    backend({ 'audio:connect': () => ok({ answerSdp: 'v=0 answer' }) });
    const started = fakeStarter();
    state().follow(call('in', { direction: 'incoming', state: 'ringing' }));
    await settle();
    expect(started).toHaveLength(0);
    state().follow(call('in', { direction: 'incoming', state: 'connected' }));
    await settle();
    expect(started).toHaveLength(1);
    state().follow(call('in', { direction: 'incoming', state: 'ended', endReason: 'remote-hung-up' }));
    expect(started[0]!.closed).toBe(true);
    expect(selectors.status('in')(state())).toBeNull();
  });

  it('closes audio that finishes starting after its call ended', async () => {
    const answer = deferred<ReturnType<typeof ok<{ answerSdp: string }>>>();
    backend({ 'audio:connect': () => answer.promise });
    const started = fakeStarter();
    state().follow(call('c1'));
    await settle();
    state().follow(call('c1', { state: 'ended', endReason: 'cancelled' }));
    answer.resolve(ok({ answerSdp: 'v=0 answer' }));
    await settle();
    expect(started[0]!.closed).toBe(true);
    expect(state().calls).toEqual({});
  });

  it("keeps main's message when connecting fails", async () => {
    backend({ 'audio:connect': () => err('call-not-found', 'That call has already ended.') });
    fakeStarter();
    state().follow(call('c1'));
    await settle();
    expect(selectors.status('c1')(state())).toBe('failed');
    expect(selectors.problem('c1')(state())).toContain('That call has already ended.');
  });

  it('explains a refused microphone', async () => {
    backend({ 'audio:connect': () => ok({ answerSdp: 'v=0 answer' }) });
    fakeStarter(new DOMException('Permission denied', 'NotAllowedError'));
    state().follow(call('c1'));
    await settle();
    expect(selectors.problem('c1')(state())).toMatch(/Allow microphone access/);
  });

  it('switches devices of running calls and meters the newest one', async () => {
    vi.useFakeTimers();
    backend({ 'audio:connect': () => ok({ answerSdp: 'v=0 answer' }) });
    const started = fakeStarter();
    state().follow(call('c1', { state: 'connected' }));
    await vi.advanceTimersByTimeAsync(0);
    await state().useMicrophone('mic-9');
    await state().useSpeaker(undefined);
    expect(started[0]!.microphones).toEqual(['mic-9']);
    expect(started[0]!.speakers).toEqual([undefined]);
    await vi.advanceTimersByTimeAsync(150);
    expect(selectors.levels(state())).toEqual({ input: 0.25, output: 0.5 });
    state().follow(call('c1', { state: 'ended' }));
    expect(selectors.levels(state())).toEqual({ input: 0, output: 0 });
  });
});
