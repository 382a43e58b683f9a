import type { AppLanguage } from '../../shared/models/language';

/** Each language in its own words, so that a person finds theirs whatever the app shows now. */
export const languageAutonyms: Readonly<Record<AppLanguage, string>> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
};
