import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialAppUpdateState, selectors, useAppUpdateStore } from './app-update.store';

function install(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => useAppUpdateStore.setState(initialAppUpdateState));
afterEach(() => vi.unstubAllGlobals());

describe('app update store', () => {
  it('loads the state from main and follows updates:changed', async () => {
    install({ 'updates:get': () => ok({ status: 'checking' }) });
    await useAppUpdateStore.getState().load();
    expect(selectors.update(useAppUpdateStore.getState())).toEqual({ status: 'checking' });
    useAppUpdateStore.getState().receive({ status: 'ready', version: '1.4.0' });
    expect(selectors.update(useAppUpdateStore.getState())).toEqual({ status: 'ready', version: '1.4.0' });
  });

  it('keeps the reason main refused the restart, and clears it when the state moves on', async () => {
    const refusal = 'A call is in progress. Restart to update once it has ended.';
    const fake = install({ 'updates:restart': () => err('out-of-order', refusal) });
    await useAppUpdateStore.getState().restart();
    expect(fake.calls).toEqual([{ channel: 'updates:restart', payload: undefined }]);
    expect(selectors.restartError(useAppUpdateStore.getState())).toBe(refusal);
    expect(selectors.restarting(useAppUpdateStore.getState())).toBe(false);
    useAppUpdateStore.getState().receive({ status: 'ready', version: '1.4.1' });
    expect(selectors.restartError(useAppUpdateStore.getState())).toBeNull();
  });
});
