import {
  appLanguageOfTag,
  preferredAppLanguage,
  type AppLanguage,
  type LanguageChoice,
} from '../../shared/models/language';

/**
 * The pseudo-locale (long, accented English) that Android and Chrome name en-XA: an operating system
 * set to it shows text that would overflow or be cut in a longer language.
 */
export const pseudoLocale = 'en-XA';
export type AppLocale = AppLanguage | typeof pseudoLocale;

/** preferredAppLanguage, except that the pseudo-locale is shown when en-XA is the system language it follows. */
export function resolveAppLocale(choice: LanguageChoice, systemLanguages: readonly string[]): AppLocale {
  const followed = systemLanguages.find((tag) => appLanguageOfTag(tag) !== null);
  if (choice === 'system' && followed?.toLowerCase() === pseudoLocale.toLowerCase()) return pseudoLocale;
  return preferredAppLanguage(choice, systemLanguages);
}
