import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/models/settings';
import { createFakeDialtoneApi } from '../ipc/fake-dialtone-api';
import { initialAccountsState, useAccountsStore } from '../stores/accounts/accounts.store';
import { initialInboxStatusState, useInboxStatusStore } from '../stores/inbox/inbox-status.store';
import { initialRegistrationState, useRegistrationStore } from '../stores/registration/registration.store';
import { initialSettingsState, useSettingsStore } from '../stores/settings/settings.store';
import { setupState } from '../stores/setup/setup-fixtures';
import { initialSetupState, selectors as setupSelectors, useSetupStore } from '../stores/setup/setup.store';
import { err } from '../../shared/result';
import { words } from '../../shared/text/words';
import { setActiveLocale } from '../i18n/active-intl';
import { initialDialerState, selectors as dialerSelectors, useDialerStore } from '../stores/dialer/dialer.store';
import { useNavigationStore } from '../stores/navigation/navigation.store';
import { routeEvents } from './route-events';

function useFake() {
  const fake = createFakeDialtoneApi({});
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => {
  useSettingsStore.setState(initialSettingsState);
  useRegistrationStore.setState(initialRegistrationState);
  useAccountsStore.setState(initialAccountsState);
  useSetupStore.setState(initialSetupState);
  useInboxStatusStore.setState(initialInboxStatusState);
});

afterEach(() => vi.unstubAllGlobals());

describe('routeEvents', () => {
  it('routes each event to its store and stops when disconnected', () => {
    const fake = useFake();
    const disconnect = routeEvents();

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

  it('hands a phone link to the dialer, and says in the dialer, in the person’s language, why a quick dial failed', () => {
    const fake = useFake();
    useDialerStore.setState(initialDialerState);
    const disconnect = routeEvents();
    fake.emit('dialer:open-link', { uri: 'tel:+1-512-555-0123' });
    expect(dialerSelectors.input(useDialerStore.getState())).toBe('(512) 555-0123');

    setActiveLocale('fr');
    useNavigationStore.getState().navigate('settings');
    const failed = err('not-found', words('contacts.nothingToRedial'));
    if (!failed.ok) fake.emit('dialer:quick-dial-failed', { error: failed.error });
    expect(dialerSelectors.notice(useDialerStore.getState())).toEqual({
      kind: 'problem',
      text: 'Aucun appel n’a encore été passé à recomposer. Appelez depuis le clavier ou l’historique.',
    });
    expect(useNavigationStore.getState().current).toBe('dialer');
    setActiveLocale('en');
    disconnect();
  });

  it('follows setup:changed, task by task', () => {
    const fake = useFake();
    const disconnect = routeEvents();
    const running = setupState({
      step: 'provision',
      busy: true,
      tasks: [
        { id: 'sip-domain', status: 'done', detail: 'dialtone-1a2b.sip.twilio.com' },
        { id: 'credential-list', status: 'running', detail: null },
      ],
    });
    fake.emit('setup:changed', running);
    expect(useSetupStore.getState().setup).toEqual(running);
    expect(setupSelectors.busy(useSetupStore.getState())).toBe(true);
    fake.emit('setup:changed', { ...running, busy: false });
    expect(setupSelectors.busy(useSetupStore.getState())).toBe(false);
    disconnect();
  });

  it('follows inbox:status-changed: syncing, then a problem in words', () => {
    const fake = useFake();
    const disconnect = routeEvents();
    const synced = { available: true, syncing: false, lastSyncedAt: 1_764_000_000_000, problem: null };
    const problem = {
      code: null,
      message: 'Twilio did not answer.',
      whatToDo: 'Check your connection.',
      moreInfo: null,
    };
    fake.emit('inbox:status-changed', { ...synced, syncing: true });
    expect(useInboxStatusStore.getState().status).toEqual({ ...synced, syncing: true });
    fake.emit('inbox:status-changed', { ...synced, problem });
    expect(useInboxStatusStore.getState().status).toEqual({ ...synced, problem });
    disconnect();
  });

  it('listens to nothing without a backend', () => {
    vi.stubGlobal('window', {});
    const disconnect = routeEvents();
    expect(() => disconnect()).not.toThrow();
  });
});
