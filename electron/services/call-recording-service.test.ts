import { afterEach, describe, expect, it, vi } from 'vitest';
import { startingCallSnapshot, type CallSnapshot } from '../../shared/models/call';
import { createMemoryLogger } from '../logging/logger';
import type { InboxApi } from '../twilio/inbox-api';
import { TwilioProblemError } from '../twilio/twilio-problem';
import { AppFailure } from './app-failure';
import type { Call } from './call';
import { createCallRecordingService, type CallRecordingDeps } from './call-recording-service';

const callSidA = `CA${'a'.repeat(32)}`;
const callSidB = `CA${'b'.repeat(32)}`;
const recordingSid = `RE${'1'.repeat(32)}`;
const dialtone = 'sip:+15125550100@dialtone-4821.sip.twilio.com';

function call(
  id: string,
  change: Partial<CallSnapshot> = {},
  twilioCallSid: string | null = null,
): Call & { state: CallSnapshot } {
  const state: CallSnapshot = {
    ...startingCallSnapshot({
      id,
      direction: twilioCallSid ? 'incoming' : 'outgoing',
      remoteUri: 'sip:+15125550177@dialtone-4821.sip.twilio.com',
      remoteNumber: '+15125550177',
      remoteName: null,
      soundTest: null,
    }),
    state: 'connected',
    startedAt: 1_800_000_000_000,
    ...change,
  };
  return { id, state, twilioCallSid } as Call & { state: CallSnapshot };
}

function setup(overrides: Partial<CallRecordingDeps> = {}) {
  const api = {
    startCallRecording: vi.fn(async () => recordingSid),
    stopCallRecording: vi.fn(async () => undefined),
    recordingsOfCall: vi.fn(async () => [{ sid: recordingSid, createdAt: 1_800_000_060_000, durationSeconds: 42 }]),
    callInProgressFrom: vi.fn(async (): Promise<string | null> => callSidB),
    recordingAudio: vi.fn(async () => ({ contentType: 'audio/mpeg' as const, bytes: Buffer.from('ID3 audio') })),
  };
  const rememberCallSid = vi.fn();
  const deps: CallRecordingDeps = {
    line: async () => ({ api: api as unknown as InboxApi, number: '+15125550100' }),
    recordingMode: () => 'on-demand',
    callerAddress: async () => dialtone,
    rememberCallSid,
    callSidOfHistoryRow: (id) => (id === 'row-on-twilio' ? callSidA : null),
    logger: createMemoryLogger(),
    ...overrides,
  };
  const service = createCallRecordingService(deps);
  const seen: string[] = [];
  const watch = (subject: Call) => () => seen.push(service.stateOf(subject));
  return { service, api, rememberCallSid, seen, watch };
}

afterEach(() => vi.useRealTimers());

describe('call recording on demand', () => {
  it('is offered on a connected or ringing call on the Twilio line set to on demand, never on the sound test', () => {
    const { service } = setup();
    expect(service.stateOf(call('c1'))).toBe('off');
    expect(service.stateOf(call('c2', { state: 'ringing' }))).toBe('off');
    expect(service.stateOf(call('c3', { state: 'ended' }))).toBe('unavailable');
    const soundTest = call('c4', { soundTest: { phase: 'prompt', peakDbfs: null, averageDbfs: null } });
    expect(service.stateOf(soundTest)).toBe('unavailable');
    expect(setup({ recordingMode: () => 'always' }).service.stateOf(call('c5'))).toBe('unavailable');
    expect(setup({ recordingMode: () => null }).service.stateOf(call('c6'))).toBe('unavailable');
  });

  it('records an incoming call by the CallSid its ring carried, then stops that recording', async () => {
    const { service, api, seen, watch, rememberCallSid } = setup();
    const incoming = call('c1', {}, callSidA);
    await service.set(incoming, true, watch(incoming));
    expect(api.startCallRecording).toHaveBeenCalledWith(callSidA);
    expect(api.callInProgressFrom).not.toHaveBeenCalled();
    expect(rememberCallSid).not.toHaveBeenCalled();
    expect(service.stateOf(incoming)).toBe('on');
    await service.set(incoming, true, watch(incoming));
    expect(api.startCallRecording).toHaveBeenCalledTimes(1);
    await service.set(incoming, false, watch(incoming));
    expect(api.stopCallRecording).toHaveBeenCalledWith(callSidA, recordingSid);
    expect(seen).toEqual(['starting', 'on', 'stopping', 'off']);
  });

  it('finds an outgoing call at Twilio once, keeps its CallSid for the history, and leaves it out for the next call', async () => {
    const { service, api, rememberCallSid } = setup();
    const outgoing = call('c1');
    await service.set(outgoing, true, () => undefined);
    expect(api.callInProgressFrom).toHaveBeenCalledWith(dialtone, outgoing.state.startedAt, new Set());
    expect(rememberCallSid).toHaveBeenCalledWith('c1', callSidB);
    expect(api.startCallRecording).toHaveBeenCalledWith(callSidB);
    await service.set(outgoing, false, () => undefined);
    await service.set(outgoing, true, () => undefined);
    expect(api.callInProgressFrom).toHaveBeenCalledTimes(1);
    api.callInProgressFrom.mockResolvedValueOnce(null);
    const second = call('c2');
    await expect(service.set(second, true, () => undefined)).rejects.toThrow(/Wait a few seconds, then press Record/);
    expect(api.callInProgressFrom).toHaveBeenLastCalledWith(dialtone, second.state.startedAt, new Set([callSidB]));
    expect(service.stateOf(second)).toBe('off');
  });

  it('turns a Twilio refusal into words with what to do, and the button back to what it was', async () => {
    const refusal = new TwilioProblemError({
      code: 21220,
      message: 'Twilio could not record this call',
      whatToDo: 'Try again.',
      moreInfo: null,
    });
    const { service, api } = setup();
    const incoming = call('c1', {}, callSidA);
    api.startCallRecording.mockRejectedValueOnce(refusal);
    const failure = await service.set(incoming, true, () => undefined).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({ code: 'twilio-failed', message: expect.stringMatching(/21220.*Try again/) });
    expect(service.stateOf(incoming)).toBe('off');
    await service.set(incoming, true, () => undefined);
    api.stopCallRecording.mockRejectedValueOnce(refusal);
    await expect(service.set(incoming, false, () => undefined)).rejects.toBeInstanceOf(AppFailure);
    expect(service.stateOf(incoming)).toBe('on');
  });

  it('refuses a call off the on-demand line, one not answered yet, and a line that is gone, saying what to do', async () => {
    const off = setup({ recordingMode: () => 'off' });
    await expect(off.service.set(call('c1'), true, () => undefined)).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/Settings, Call handling, Recording/),
      words: { id: 'calls.recordingNeedsOnDemand' },
    });
    const { service, api } = setup();
    await expect(service.set(call('c2', { state: 'ringing' }), true, () => undefined)).rejects.toMatchObject({
      code: 'out-of-order',
    });
    expect(api.startCallRecording).not.toHaveBeenCalled();
    const gone = setup({ line: async () => null });
    await expect(gone.service.set(call('c3', {}, callSidA), true, () => undefined)).rejects.toMatchObject({
      code: 'no-line',
    });
  });

  it('finds an answered outgoing call at Twilio on the Twilio line (for its recordings and price), and only there', async () => {
    const always = setup({ recordingMode: () => 'always' });
    always.service.callAnswered(call('c1'));
    await vi.waitFor(() => expect(always.rememberCallSid).toHaveBeenCalledWith('c1', callSidB));
    always.service.callAnswered(call('c2', {}, callSidA));
    const onDemand = setup();
    onDemand.service.callAnswered(call('c3'));
    await vi.waitFor(() => expect(onDemand.rememberCallSid).toHaveBeenCalledWith('c3', callSidB));
    const otherAccount = setup({ recordingMode: () => null });
    otherAccount.service.callAnswered(call('c4'));
    await Promise.resolve();
    expect(always.api.callInProgressFrom).toHaveBeenCalledTimes(1);
    expect(otherAccount.api.callInProgressFrom).not.toHaveBeenCalled();
    expect(always.api.startCallRecording).not.toHaveBeenCalled();
    expect(onDemand.api.startCallRecording).not.toHaveBeenCalled();
  });

  it('logs, and leaves the call alone, when the recorded call is not found', async () => {
    const logger = createMemoryLogger();
    const always = setup({ recordingMode: () => 'always', logger });
    always.api.callInProgressFrom.mockResolvedValueOnce(null);
    always.service.callAnswered(call('c1'));
    await vi.waitFor(() => expect(logger.records).toContainEqual(expect.objectContaining({ level: 'warn' })));
    expect(always.rememberCallSid).not.toHaveBeenCalled();
  });

  it('forgets a call once it ends', async () => {
    const { service } = setup();
    const incoming = call('c1', {}, callSidA);
    await service.set(incoming, true, () => undefined);
    service.callEnded('c1');
    expect(service.stateOf({ ...incoming, state: { ...incoming.state, state: 'ended' } })).toBe('unavailable');
  });
});

describe('recordings on history rows', () => {
  it('are none without a CallSid, and ask Twilio nothing', async () => {
    const { service, api } = setup();
    expect(await service.recordingsOf('row-off-twilio')).toEqual([]);
    expect(api.recordingsOfCall).not.toHaveBeenCalled();
  });

  it('are listed by the row’s CallSid, kept once found, and asked again after a while when there were none', async () => {
    vi.useFakeTimers({ now: 1_800_000_000_000 });
    const { service, api } = setup();
    const shown = [{ id: recordingSid, createdAt: 1_800_000_060_000, durationSeconds: 42 }];
    expect(await service.recordingsOf('row-on-twilio')).toEqual(shown);
    expect(await service.recordingsOf('row-on-twilio')).toEqual(shown);
    expect(api.recordingsOfCall).toHaveBeenCalledTimes(1);
    expect(api.recordingsOfCall).toHaveBeenCalledWith(callSidA);

    const empty = setup();
    empty.api.recordingsOfCall.mockResolvedValue([]);
    await empty.service.recordingsOf('row-on-twilio');
    await empty.service.recordingsOf('row-on-twilio');
    expect(empty.api.recordingsOfCall).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(16_000);
    await empty.service.recordingsOf('row-on-twilio');
    expect(empty.api.recordingsOfCall).toHaveBeenCalledTimes(2);
  });

  it('asks Twilio once for a call whose rows ask at the same time', async () => {
    const { service, api } = setup();
    const answers = await Promise.all([service.recordingsOf('row-on-twilio'), service.recordingsOf('row-on-twilio')]);
    expect(answers[0]).toEqual(answers[1]);
    expect(api.recordingsOfCall).toHaveBeenCalledTimes(1);
  });

  it('plays only a recording of that row’s call, downloaded from Twilio', async () => {
    const { service, api } = setup();
    expect(await service.audioOf('row-on-twilio', recordingSid)).toEqual({
      contentType: 'audio/mpeg',
      base64: Buffer.from('ID3 audio').toString('base64'),
    });
    const other = `RE${'2'.repeat(32)}`;
    await expect(service.audioOf('row-on-twilio', other)).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.audioOf('row-off-twilio', recordingSid)).rejects.toMatchObject({ code: 'not-found' });
    expect(api.recordingAudio).toHaveBeenCalledTimes(1);
    api.recordingAudio.mockResolvedValueOnce(null as never);
    await expect(service.audioOf('row-on-twilio', recordingSid)).rejects.toThrow(/no longer on Twilio/);
  });
});
