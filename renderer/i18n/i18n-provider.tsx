import { useEffect, useMemo, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import type { LanguageChoice } from '../../shared/models/language';
import { resolveAppLocale } from './app-locale';
import { setActiveLocale } from './active-intl';

/** Shows the app in the chosen language, or the system's; the page's lang follows for screen readers. */
export function I18nProvider({ choice, children }: { choice: LanguageChoice; children: ReactNode }) {
  const locale = resolveAppLocale(choice, navigator.languages);
  const intl = useMemo(() => setActiveLocale(locale), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <RawIntlProvider value={intl}>{children}</RawIntlProvider>;
}
