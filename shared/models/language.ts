/** The languages Dialtone is translated into; zod-free so the renderer can import it. */
export const appLanguages = ['en', 'fr', 'de', 'es'] as const;
export type AppLanguage = (typeof appLanguages)[number];

/** What the person chooses in Settings: a language, or whatever the operating system uses. */
export const languageChoices = ['system', ...appLanguages] as const;
export type LanguageChoice = (typeof languageChoices)[number];

export function isAppLanguage(value: string): value is AppLanguage {
  return (appLanguages as readonly string[]).includes(value);
}

/** The app language of a BCP 47 tag ('fr-CA', 'de_AT'), by language and not region; null if Dialtone does not speak it. */
export function appLanguageOfTag(tag: string): AppLanguage | null {
  const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return isAppLanguage(language) ? language : null;
}

/** The chosen language, or the first of the system's preferred languages Dialtone speaks, else English. */
export function preferredAppLanguage(choice: LanguageChoice, systemLanguages: readonly string[]): AppLanguage {
  if (choice !== 'system') return choice;
  for (const tag of systemLanguages) {
    const language = appLanguageOfTag(tag);
    if (language) return language;
  }
  return appLanguages[0];
}
