import { describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../logging/logger';
import type { CallService } from '../services/call-service';
import type { HistoryService } from '../services/history-service';
import { callHandlers } from './calls.ipc';
import { createContractRouter, type InvokeHandlers } from './contract-router';
import { historyHandlers } from './history.ipc';

const recordingId = `RE${'0123456789abcdef'.repeat(2)}`;

function setup() {
  const calls = { setRecording: vi.fn(async () => undefined) };
  const recordings = {
    recordingsOf: vi.fn(async () => [{ id: recordingId, createdAt: null, durationSeconds: 3 }]),
    audioOf: vi.fn(async () => ({ contentType: 'audio/mpeg' as const, base64: 'SUQz' })),
  };
  const handlers = {
    ...callHandlers(calls as unknown as CallService),
    ...historyHandlers({} as HistoryService, recordings),
  } as InvokeHandlers;
  return { router: createContractRouter(handlers, createMemoryLogger()), calls, recordings };
}

describe('recording IPC', () => {
  it('hands a well-formed request to the service', async () => {
    const { router, calls, recordings } = setup();
    expect(await router.invoke('calls:set-recording', { callId: 'c1', on: true })).toEqual({ ok: true, value: null });
    expect(calls.setRecording).toHaveBeenCalledWith('c1', true);
    expect(await router.invoke('history:recording-audio', { id: 'h1', recordingId })).toMatchObject({ ok: true });
    expect(recordings.audioOf).toHaveBeenCalledWith('h1', recordingId);
  });

  it.each([
    ['a path for a recording', { id: 'h1', recordingId: '../../Calls/CA1.json' }],
    ['a recording sid with a query', { id: 'h1', recordingId: `${recordingId}?x=1` }],
    ['another kind of sid', { id: 'h1', recordingId: `CA${'0'.repeat(32)}` }],
    ['no row', { recordingId }],
    ['an empty row id', { id: '', recordingId }],
  ])('refuses %s for recording audio, saying why, without asking the service', async (_, payload) => {
    const { router, recordings } = setup();
    const result = await router.invoke('history:recording-audio', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/The request history:recording-audio was refused/);
    expect(recordings.audioOf).not.toHaveBeenCalled();
  });

  it.each([
    ['"yes" for on', { callId: 'c1', on: 'yes' }],
    ['no call', { on: true }],
    ['a 65-character call id', { callId: 'c'.repeat(65), on: true }],
    ['an extra CallSid from the page', { callId: 'c1', on: true, callSid: `CA${'0'.repeat(32)}` }],
  ])('refuses %s for set-recording without asking the service', async (_, payload) => {
    const { router, calls } = setup();
    expect(await router.invoke('calls:set-recording', payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/calls:set-recording was refused/) },
    });
    expect(calls.setRecording).not.toHaveBeenCalled();
  });
});
