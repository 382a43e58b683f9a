import { appLanguages, isAppLanguage, type AppLanguage, type LanguageChoice } from '../../shared/models/language';

/**
 * The pseudo-locale (long, accented English) that Android and Chrome name en-XA: an operating system
 * set to it shows text that would overflow or be cut in a longer language.
 */
export const pseudoLocale = 'en-XA';
export type AppLocale = AppLanguage | typeof pseudoLocale;

/** The chosen language, or the first of the system's preferred languages Dialtone speaks, else English. */
export function resolveAppLocale(choice: LanguageChoice, systemLanguages: readonly string[]): AppLocale {
  if (choice !== 'system') return choice;
  for (const tag of systemLanguages) {
    if (tag.toLowerCase() === pseudoLocale.toLowerCase()) return pseudoLocale;
    const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
    if (isAppLanguage(language)) return language;
  }
  return appLanguages[0];
}
