import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../shared/result';
import { words } from '../../shared/text/words';
import { setActiveLocale } from '../i18n/active-intl';
import { hasBridge, invoke, onEvent } from './bridge';
import { createFakeDialtoneApi } from './fake-dialtone-api';

const appInfo = {
  version: '1.2.3',
  shell: 'browser',
  platform: 'linux',
  features: { startAtLogin: false, globalShortcuts: false, updates: false },
} as const;

afterEach(() => {
  vi.unstubAllGlobals();
  setActiveLocale('en');
});

describe('bridge without a backend', () => {
  it('reports the bridge as missing and answers invokes with an error instead of throwing', async () => {
    vi.stubGlobal('window', {});
    expect(hasBridge()).toBe(false);
    const stop = onEvent('dialer:open-link', () => undefined);
    expect(() => stop()).not.toThrow();
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

  it('gives a failure main said in words in the active language, and any other failure as it was sent', async () => {
    const fake = createFakeDialtoneApi({
      'settings:get': () => err('internal', words('general.internalError')),
      'app:get-info': () => err('not-found', 'Twilio says: no such number.'),
    });
    vi.stubGlobal('window', { dialtone: fake });
    setActiveLocale('de');
    const translated = await invoke('settings:get');
    expect(translated).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/^In Dialtone ist ein interner Fehler aufgetreten/),
        words: { id: 'general.internalError' },
      },
    });
    expect(await invoke('app:get-info')).toEqual(err('not-found', 'Twilio says: no such number.'));
  });

  it('hands each event to its subscriber until it unsubscribes', () => {
    const fake = createFakeDialtoneApi({});
    vi.stubGlobal('window', { dialtone: fake });
    const heard: string[] = [];
    const stop = onEvent('dialer:open-link', ({ uri }) => heard.push(uri));

    fake.emit('dialer:open-link', { uri: 'tel:+15125550123' });
    fake.emit('accounts:changed', []);
    expect(heard).toEqual(['tel:+15125550123']);

    stop();
    expect(fake.listenerCount('dialer:open-link')).toBe(0);
    fake.emit('dialer:open-link', { uri: 'tel:+15125550199' });
    expect(heard).toEqual(['tel:+15125550123']);
  });
});
