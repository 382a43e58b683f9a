import { describe, expect, it, vi } from 'vitest';
import { eventChannels } from '../../shared/contract/event-channels';
import type { AppUpdateState } from '../../shared/models/app-update';
import { createMemoryLogger } from '../logging/logger';
import { AppFailure } from '../services/app-failure';
import { createContractRouter, type InvokeHandlers } from './contract-router';
import { updateHandlers } from './updates.ipc';

function setup(state: AppUpdateState = { status: 'ready', version: '1.4.0' }) {
  const updates = { get: vi.fn(() => state), restartToUpdate: vi.fn() };
  const router = createContractRouter(updateHandlers(updates) as InvokeHandlers, createMemoryLogger());
  return { router, updates };
}

describe('updates IPC', () => {
  it('gives the update state and restarts to install on request', async () => {
    const { router, updates } = setup();
    expect(await router.invoke('updates:get', undefined)).toEqual({
      ok: true,
      value: { status: 'ready', version: '1.4.0' },
    });
    expect(await router.invoke('updates:restart', undefined)).toEqual({ ok: true, value: null });
    expect(updates.restartToUpdate).toHaveBeenCalledTimes(1);
  });

  it('passes on a refused restart (a call is up) as an error that says what to do', async () => {
    const { router, updates } = setup();
    updates.restartToUpdate.mockImplementation(() => {
      throw new AppFailure('out-of-order', 'A call is in progress. Restart to update once it has ended.');
    });
    expect(await router.invoke('updates:restart', undefined)).toEqual({
      ok: false,
      error: { code: 'out-of-order', message: 'A call is in progress. Restart to update once it has ended.' },
    });
  });

  it.each([
    ['an empty object', {}],
    ['null', null],
    ['a string', 'now'],
    ['a prototype key', JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
    ['a huge array', Array.from({ length: 10_000 }, () => 'x')],
  ])('refuses %s as the restart payload without restarting', async (_, payload) => {
    const { router, updates } = setup();
    const result = await router.invoke('updates:restart', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message.length).toBeLessThanOrEqual(300);
    expect(updates.restartToUpdate).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never answers outside the contract, even when the state holds hostile text', async () => {
    const { router } = setup({ status: 'ready', version: 'v'.repeat(10_000) });
    expect(await router.invoke('updates:get', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it.each([
    ['an unknown status', { status: 'installing' }],
    ['a version that is too long', { status: 'ready', version: '1'.repeat(51) }],
    ['an empty version', { status: 'ready', version: '' }],
    ['an extra field', { status: 'checking', url: 'https://example.com/feed' }],
    ['a percent past 100', { status: 'downloading', version: '1.0.0', percent: 101 }],
    ['a fractional percent', { status: 'downloading', version: '1.0.0', percent: 1.5 }],
    ['a reason too long', { status: 'failed', reason: 'x'.repeat(201) }],
    ['an unknown unsupported reason', { status: 'unsupported', reason: 'because' }],
  ])('the updates:changed event refuses %s', (_, payload) => {
    expect(eventChannels['updates:changed'].safeParse(payload).success).toBe(false);
  });
});
