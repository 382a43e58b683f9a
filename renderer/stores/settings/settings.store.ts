import { create } from 'zustand';
import type { HotkeyStatus } from '../../../shared/models/hotkey-status';
import type { LanguageChoice } from '../../../shared/models/language';
import type { Settings, SettingsPatch, Theme } from '../../../shared/models/settings';
import { invoke } from '../../ipc/bridge';

export type SettingKey = keyof Settings;

export type FieldSave =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

export interface SettingsState {
  settings: Settings | null;
  loadError: string | null;
  /** Per field; a field never saved yet has no entry and reads as idle. */
  saves: Partial<Record<SettingKey, FieldSave>>;
  /** Whether each system-wide shortcut works (desktop app); null until asked. */
  hotkeyStatus: HotkeyStatus | null;
}

export interface SettingsActions {
  load(): Promise<void>;
  /** Saves one field at once; the control shows the new value while it is being saved. */
  update<K extends SettingKey>(key: K, value: Settings[K]): Promise<void>;
  receive(settings: Settings): void;
  loadHotkeyStatus(): Promise<void>;
}

const idle: FieldSave = { status: 'idle' };

export const initialSettingsState: SettingsState = {
  settings: null,
  loadError: null,
  saves: {},
  hotkeyStatus: null,
};

const hotkeySettings: readonly SettingKey[] = [
  'hotkeyAnswer',
  'hotkeyHangUp',
  'hotkeyMute',
  'hotkeyDoNotDisturb',
  'hotkeyRedial',
  'hotkeyCallBack',
] satisfies (keyof HotkeyStatus)[];

export const useSettingsStore = create<SettingsState & SettingsActions>()((set, get) => {
  // The newest request per field wins; older answers arriving late are ignored.
  const latestRequest: Partial<Record<SettingKey, number>> = {};
  let requestCount = 0;

  function withField<K extends SettingKey>(key: K, value: Settings[K]) {
    const { settings } = get();
    return settings && { ...settings, [key]: value };
  }

  function setSave(key: SettingKey, save: FieldSave): SettingsState['saves'] {
    return { ...get().saves, [key]: save };
  }

  return {
    ...initialSettingsState,

    async load() {
      const result = await invoke('settings:get');
      if (result.ok) set({ settings: result.value, loadError: null });
      else set({ loadError: result.error.message });
    },

    async update(key, value) {
      const before = get().settings;
      if (!before) return;
      const request = ++requestCount;
      latestRequest[key] = request;
      set({ settings: withField(key, value), saves: setSave(key, { status: 'saving' }) });

      const patch = { [key]: value } as SettingsPatch;
      const result = await invoke('settings:update', patch);
      if (latestRequest[key] !== request) return;
      if (result.ok) {
        set({ settings: withField(key, result.value[key]), saves: setSave(key, { status: 'saved' }) });
        // Main registered the new shortcut before answering: ask how that went.
        if (hotkeySettings.includes(key)) await get().loadHotkeyStatus();
      } else {
        set({
          settings: withField(key, before[key]),
          saves: setSave(key, { status: 'failed', message: result.error.message }),
        });
      }
    },

    receive(settings) {
      set({ settings, loadError: null });
    },

    async loadHotkeyStatus() {
      const result = await invoke('settings:get-hotkey-status');
      if (result.ok) set({ hotkeyStatus: result.value });
    },
  };
});

type Store = SettingsState & SettingsActions;

/** The country numbers are read in: the person's choice, or the US until the settings have loaded. */
export const countryOf = (state: Pick<SettingsState, 'settings'>): string => state.settings?.defaultCountry ?? 'US';

export const selectors = {
  settings: (state: Store) => state.settings,
  loadError: (state: Store) => state.loadError,
  theme: (state: Store): Theme => state.settings?.theme ?? 'system',
  language: (state: Store): LanguageChoice => state.settings?.language ?? 'system',
  save: (key: SettingKey) => (state: Store) => state.saves[key] ?? idle,
  load: (state: Store) => state.load,
  update: (state: Store) => state.update,
  hotkeyStatus: (state: Store) => state.hotkeyStatus,
  loadHotkeyStatus: (state: Store) => state.loadHotkeyStatus,
};
