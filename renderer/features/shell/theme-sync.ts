import type { Theme } from '../../../shared/models/settings';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';

export type AppliedTheme = 'light' | 'dark';

export function resolveTheme(theme: Theme, systemPrefersDark: boolean): AppliedTheme {
  if (theme === 'system') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

/**
 * Keeps data-theme on <html> in step with the setting and, for "system", with the OS.
 * Runs outside React so the first paint already has the right colours.
 */
export function syncTheme(root: HTMLElement = document.documentElement): () => void {
  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    const theme = selectors.theme(useSettingsStore.getState());
    root.dataset.theme = resolveTheme(theme, darkQuery.matches);
  };
  apply();
  darkQuery.addEventListener('change', apply);
  const unsubscribe = useSettingsStore.subscribe((state, previous) => {
    if (selectors.theme(state) !== selectors.theme(previous)) apply();
  });
  return () => {
    darkQuery.removeEventListener('change', apply);
    unsubscribe();
  };
}
