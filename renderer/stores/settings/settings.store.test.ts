import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../shared/models/settings';
import { err, ok, type Result } from '../../../shared/result';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialSettingsState, selectors, useSettingsStore } from './settings.store';

const stored: Settings = { ...defaultSettings, defaultCountry: 'US', theme: 'system', startAtLogin: false };

function install(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi({ 'settings:get': () => ok(stored), ...handlers });
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => useSettingsStore.setState(initialSettingsState));
afterEach(() => vi.unstubAllGlobals());

describe('settings store', () => {
  it('loads the settings', async () => {
    install({});
    await useSettingsStore.getState().load();
    expect(useSettingsStore.getState().settings).toEqual(stored);
    expect(selectors.theme(useSettingsStore.getState())).toBe('system');
  });

  it('keeps a load error to show to the person', async () => {
    install({ 'settings:get': () => err('storage-failed', 'Settings could not be read. Restart.') });
    await useSettingsStore.getState().load();
    expect(useSettingsStore.getState().settings).toBeNull();
    expect(useSettingsStore.getState().loadError).toBe('Settings could not be read. Restart.');
  });

  it('sends only the changed field and marks it saved', async () => {
    const fake = install({ 'settings:update': (patch) => ok({ ...stored, ...patch }) });
    await useSettingsStore.getState().load();
    await useSettingsStore.getState().update('theme', 'dark');

    expect(fake.calls.at(-1)).toEqual({ channel: 'settings:update', payload: { theme: 'dark' } });
    const state = useSettingsStore.getState();
    expect(state.settings?.theme).toBe('dark');
    expect(state.saves.theme).toEqual({ status: 'saved' });
    expect(selectors.save('defaultCountry')(state)).toEqual({ status: 'idle' });
  });

  it('shows the new value while saving', async () => {
    const answer = deferred<Result<Settings>>();
    install({ 'settings:update': () => answer.promise });
    await useSettingsStore.getState().load();
    const saving = useSettingsStore.getState().update('defaultCountry', 'GB');

    expect(useSettingsStore.getState().settings?.defaultCountry).toBe('GB');
    expect(useSettingsStore.getState().saves.defaultCountry).toEqual({ status: 'saving' });
    answer.resolve(ok({ ...stored, defaultCountry: 'GB' }));
    await saving;
    expect(useSettingsStore.getState().saves.defaultCountry).toEqual({ status: 'saved' });
  });

  it('puts the old value back and keeps the error when saving fails', async () => {
    install({ 'settings:update': () => err('storage-failed', 'Could not save. Check the disk.') });
    await useSettingsStore.getState().load();
    await useSettingsStore.getState().update('startAtLogin', true);

    const state = useSettingsStore.getState();
    expect(state.settings?.startAtLogin).toBe(false);
    expect(state.saves.startAtLogin).toEqual({
      status: 'failed',
      message: 'Could not save. Check the disk.',
    });
  });

  it('lets the newest change of a field win when answers arrive out of order', async () => {
    const first = deferred<Result<Settings>>();
    const second = deferred<Result<Settings>>();
    const answers = [first.promise, second.promise];
    install({ 'settings:update': () => answers.shift()! });
    await useSettingsStore.getState().load();

    const toDark = useSettingsStore.getState().update('theme', 'dark');
    const toLight = useSettingsStore.getState().update('theme', 'light');
    second.resolve(ok({ ...stored, theme: 'light' }));
    await toLight;
    first.resolve(err('internal', 'late failure'));
    await toDark;

    expect(useSettingsStore.getState().settings?.theme).toBe('light');
    expect(useSettingsStore.getState().saves.theme).toEqual({ status: 'saved' });
  });

  it('does nothing before the settings are loaded', async () => {
    const fake = install({});
    await useSettingsStore.getState().update('theme', 'dark');
    expect(fake.calls).toEqual([]);
    expect(useSettingsStore.getState().settings).toBeNull();
  });

  it('asks how a shortcut registered once it is saved, so Settings can say it is taken', async () => {
    const fake = install({
      'settings:update': (patch) => ok({ ...stored, ...patch }),
      'settings:get-hotkey-status': () =>
        ok({
          hotkeyAnswer: 'taken',
          hotkeyHangUp: 'active',
          hotkeyMute: 'off',
          hotkeyDoNotDisturb: 'active',
          hotkeyRedial: 'active',
          hotkeyCallBack: 'off',
        }),
    });
    await useSettingsStore.getState().load();
    await useSettingsStore.getState().update('theme', 'dark');
    expect(useSettingsStore.getState().hotkeyStatus).toBeNull();
    await useSettingsStore.getState().update('hotkeyAnswer', 'CommandOrControl+Alt+B');
    expect(fake.calls.at(-1)).toEqual({ channel: 'settings:get-hotkey-status', payload: undefined });
    expect(selectors.hotkeyStatus(useSettingsStore.getState())).toEqual({
      hotkeyAnswer: 'taken',
      hotkeyHangUp: 'active',
      hotkeyMute: 'off',
      hotkeyDoNotDisturb: 'active',
      hotkeyRedial: 'active',
      hotkeyCallBack: 'off',
    });
    await useSettingsStore.getState().update('hotkeyDoNotDisturb', null);
    expect(fake.calls.filter((call) => call.channel === 'settings:get-hotkey-status')).toHaveLength(2);
  });

  it('takes settings pushed by main and clears a load error', () => {
    useSettingsStore.setState({ loadError: 'old problem' });
    useSettingsStore.getState().receive({ ...stored, theme: 'light' });
    expect(useSettingsStore.getState().settings?.theme).toBe('light');
    expect(useSettingsStore.getState().loadError).toBeNull();
  });
});
