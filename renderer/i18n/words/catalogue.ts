import { wordsEnglish, type WordsArea } from '../../../shared/text/words';
import type { Translation } from '../catalogue-types';

type English = typeof wordsEnglish;

/** Main's sentences as catalogues: namespace 'words.<area>', whose English is main's own table. */
export const englishWordsCatalogues = Object.fromEntries(
  Object.entries(wordsEnglish).map(([area, table]) => [`words.${area}`, table]),
) as { readonly [A in WordsArea as `words.${A}`]: English[A] };

/** One language's translation of every area. */
export type WordsTranslation = { readonly [A in WordsArea as `words.${A}`]: Translation<English[A]> };
