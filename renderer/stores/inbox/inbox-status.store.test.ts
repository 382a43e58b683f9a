import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialInboxStatusState, useInboxStatusStore } from './inbox-status.store';

const synced = { available: true, syncing: false, lastSyncedAt: 1_764_000_000_000, problem: null };

beforeEach(() => useInboxStatusStore.setState(initialInboxStatusState));
afterEach(() => vi.unstubAllGlobals());

const useApi = (handlers: FakeHandlers) => vi.stubGlobal('window', { dialtone: createFakeDialtoneApi(handlers) });

describe('inbox status store', () => {
  it('loads the status and follows inbox:status-changed', async () => {
    useApi({ 'inbox:get-status': () => ok(synced) });
    await useInboxStatusStore.getState().load();
    expect(useInboxStatusStore.getState().status).toEqual(synced);
    useInboxStatusStore.getState().receive({ ...synced, syncing: true });
    expect(useInboxStatusStore.getState().status.syncing).toBe(true);
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
