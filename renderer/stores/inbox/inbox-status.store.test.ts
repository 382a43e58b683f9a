import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialInboxStatusState, useInboxStatusStore } from './inbox-status.store';

const synced = { available: true, syncing: false, lastSyncedAt: 1_764_000_000_000, problem: null };

beforeEach(() => useInboxStatusStore.setState(initialInboxStatusState));
afterEach(() => vi.unstubAllGlobals());

function useApi(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

describe('inbox status store', () => {
  it('loads the status (renderer/app/route-events.test.ts follows inbox:status-changed)', async () => {
    const fake = useApi({ 'inbox:get-status': () => ok(synced) });
    await useInboxStatusStore.getState().load();
    expect(useInboxStatusStore.getState().status).toEqual(synced);
    expect(fake.calls.map((call) => call.channel)).toEqual(['inbox:get-status']);
  });

  it('shows syncing during Sync now and keeps a failure in words', async () => {
    useApi({ 'inbox:sync-now': () => err('twilio-failed', 'Twilio did not answer. Check your connection.') });
    const pending = useInboxStatusStore.getState().syncNow();
    expect(useInboxStatusStore.getState().status.syncing).toBe(true);
    await pending;
    expect(useInboxStatusStore.getState().status.syncing).toBe(false);
    expect(useInboxStatusStore.getState().syncError).toBe('Twilio did not answer. Check your connection.');
  });
});
