import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { initialRegistrationState, useRegistrationStore } from './registration.store';

beforeEach(() => useRegistrationStore.setState(initialRegistrationState));
afterEach(() => vi.unstubAllGlobals());

describe('registration store', () => {
  it('loads the current state', async () => {
    const state = { status: 'registered', accountId: 'a1', expiresInSeconds: 300 } as const;
    vi.stubGlobal('window', {
      dialtone: createFakeDialtoneApi({ 'registration:get': () => ok(state) }),
    });
    await useRegistrationStore.getState().load();
    expect(useRegistrationStore.getState().registration).toEqual(state);
  });

  it('keeps the error and stays unknown when loading fails', async () => {
    vi.stubGlobal('window', {
      dialtone: createFakeDialtoneApi({ 'registration:get': () => err('internal', 'Restart Dialtone.') }),
    });
    await useRegistrationStore.getState().load();
    expect(useRegistrationStore.getState().registration).toBeNull();
    expect(useRegistrationStore.getState().loadError).toBe('Restart Dialtone.');
  });
});
