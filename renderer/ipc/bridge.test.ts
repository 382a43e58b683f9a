import { defaultSettings } from '../../shared/models/settings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/result';
import { initialAccountsState, useAccountsStore } from '../stores/accounts/accounts.store';
import { initialRegistrationState, useRegistrationStore } from '../stores/registration/registration.store';
import { initialSettingsState, useSettingsStore } from '../stores/settings/settings.store';
import { connectEvents, hasBridge, invoke } from './bridge';
import { createFakeDialtoneApi } from './fake-dialtone-api';

const appInfo = {
  version: '1.2.3',
  shell: 'browser',
  platform: 'linux',
  features: { startAtLogin: false, globalShortcuts: false },
} as const;

beforeEach(() => {
  useSettingsStore.setState(initialSettingsState);
  useRegistrationStore.setState(initialRegistrationState);
  useAccountsStore.setState(initialAccountsState);
});

afterEach(() => vi.unstubAllGlobals());

describe('bridge without a backend', () => {
  it('reports the bridge as missing and answers invokes with an error instead of throwing', async () => {
    vi.stubGlobal('window', {});
    expect(hasBridge()).toBe(false);
    const result = await invoke('app:get-info');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Restart Dialtone/);
  });
});

describe('bridge with a backend', () => {
  it('passes the channel and payload through and returns the Result', async () => {
    const fake = createFakeDialtoneApi({ 'app:get-info': () => ok(appInfo) });
    vi.stubGlobal('window', { dialtone: fake });
    expect(hasBridge()).toBe(true);
    expect(await invoke('app:get-info')).toEqual(ok(appInfo));
    expect(fake.calls).toEqual([{ channel: 'app:get-info', payload: undefined }]);
  });

  it('turns a rejected invoke into an error Result', async () => {
    const fake = createFakeDialtoneApi({
      'settings:get': () => Promise.reject(new Error('socket closed')),
    });
    vi.stubGlobal('window', { dialtone: fake });
    const result = await invoke('settings:get');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('routes each event to its store and stops when disconnected', () => {
    const fake = createFakeDialtoneApi({});
    vi.stubGlobal('window', { dialtone: fake });
    const disconnect = connectEvents();

    fake.emit('settings:changed', {
      ...defaultSettings,
      defaultCountry: 'GB',
      theme: 'dark',
      startAtLogin: true,
      hotkeyAnswer: null,
      hotkeyHangUp: null,
      hotkeyMute: null,
    });
    fake.emit('registration:state-changed', { status: 'registering', accountId: 'a1' });
    fake.emit('accounts:changed', []);

    expect(useSettingsStore.getState().settings?.theme).toBe('dark');
    expect(useRegistrationStore.getState().registration).toEqual({
      status: 'registering',
      accountId: 'a1',
    });
    expect(useAccountsStore.getState().loaded).toBe(true);

    disconnect();
    expect(fake.listenerCount('settings:changed')).toBe(0);
    fake.emit('registration:state-changed', { status: 'no-account' });
    expect(useRegistrationStore.getState().registration?.status).toBe('registering');
  });
});
