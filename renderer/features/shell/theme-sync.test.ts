import { defaultSettings } from '../../../shared/models/settings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialSettingsState, useSettingsStore } from '../../stores/settings/settings.store';
import { resolveTheme, syncTheme } from './theme-sync';

describe('resolveTheme', () => {
  it('follows the system only for "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('syncTheme', () => {
  let changeListener: (() => void) | undefined;
  const query = {
    matches: false,
    addEventListener: (_: string, listener: () => void) => (changeListener = listener),
    removeEventListener: () => (changeListener = undefined),
  };

  beforeEach(() => {
    query.matches = false;
    useSettingsStore.setState(initialSettingsState);
    vi.stubGlobal('window', { matchMedia: () => query });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('follows the setting and, on "system", the OS preference as it changes', () => {
    const root = { dataset: {} } as HTMLElement;
    const stop = syncTheme(root);
    expect(root.dataset.theme).toBe('light');

    query.matches = true;
    changeListener?.();
    expect(root.dataset.theme).toBe('dark');

    useSettingsStore.setState({
      settings: { ...defaultSettings, theme: 'light', hotkeyAnswer: null, hotkeyHangUp: null, hotkeyMute: null },
    });
    expect(root.dataset.theme).toBe('light');

    stop();
    expect(changeListener).toBeUndefined();
  });
});
