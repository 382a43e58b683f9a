import type { ReactNode } from 'react';
import { I18nProvider } from '../../i18n/i18n-provider';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';

/** The language chosen in Settings, or the system's until the settings have loaded. */
export function LocalizedApp({ children }: { children: ReactNode }) {
  const choice = useSettingsStore(selectors.language);
  return <I18nProvider choice={choice}>{children}</I18nProvider>;
}
