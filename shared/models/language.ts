/** The languages Dialtone is translated into; zod-free so the renderer can import it. */
export const appLanguages = ['en', 'fr', 'de', 'es'] as const;
export type AppLanguage = (typeof appLanguages)[number];

/** What the person chooses in Settings: a language, or whatever the operating system uses. */
export const languageChoices = ['system', ...appLanguages] as const;
export type LanguageChoice = (typeof languageChoices)[number];

export function isAppLanguage(value: string): value is AppLanguage {
  return (appLanguages as readonly string[]).includes(value);
}
