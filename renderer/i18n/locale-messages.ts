import type { AppLocale } from './app-locale';
import { englishCatalogues, translatedCatalogues } from './catalogues';
import { pseudoLocalize } from './pseudo-locale';

type EnglishCatalogues = typeof englishCatalogues;
type Namespace = keyof EnglishCatalogues;

/** Every message id: '<namespace>.<key>', checked by the compiler. */
export type MessageId = { [N in Namespace]: `${N}.${keyof EnglishCatalogues[N] & string}` }[Namespace];

function flatten(catalogues: Readonly<Record<string, Readonly<Record<string, string>>>>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [namespace, catalogue] of Object.entries(catalogues)) {
    for (const [key, message] of Object.entries(catalogue)) messages[`${namespace}.${key}`] = message;
  }
  return messages;
}

const english = flatten(englishCatalogues);

/** The flat id-to-message table react-intl takes, for one locale. */
export function messagesFor(locale: AppLocale): Readonly<Record<string, string>> {
  if (locale === 'en') return english;
  if (locale === 'en-XA')
    return Object.fromEntries(Object.entries(english).map(([id, text]) => [id, pseudoLocalize(text)]));
  return flatten(translatedCatalogues[locale]);
}
