import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../shared/models/settings';
import { err, ok } from '../../../shared/result';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import { useAccountsStore } from '../accounts/accounts.store';
import { useAppInfoStore } from '../app-info/app-info.store';
import { useRegistrationStore } from '../registration/registration.store';
import { useSettingsStore } from '../settings/settings.store';
import { useStartupStore } from './startup.store';

afterEach(() => vi.unstubAllGlobals());

describe('startup store', () => {
  it('loads every domain, keeps failures in their store, then is ready', async () => {
    const fake = createFakeDialtoneApi({
      'app:get-info': () => err('internal', 'App info is unavailable. Restart Dialtone.'),
      'settings:get': () => ok(defaultSettings),
      'accounts:list': () => ok([]),
      'registration:get': () => ok({ status: 'no-account' }),
      'calls:list': () => ok([]),
    });
    vi.stubGlobal('window', { dialtone: fake });

    const starting = useStartupStore.getState().start();
    expect(useStartupStore.getState().phase).toBe('loading');
    await starting;

    expect(useStartupStore.getState().phase).toBe('ready');
    expect(fake.calls.map((call) => call.channel).sort()).toEqual([
      'accounts:list',
      'app:get-info',
      'calls:list',
      'registration:get',
      'settings:get',
    ]);
    expect(useAppInfoStore.getState().loadError).toBe('App info is unavailable. Restart Dialtone.');
    expect(useSettingsStore.getState().settings).toEqual(defaultSettings);
    expect(useAccountsStore.getState().loaded).toBe(true);
    expect(useRegistrationStore.getState().registration).toEqual({ status: 'no-account' });
  });
});
