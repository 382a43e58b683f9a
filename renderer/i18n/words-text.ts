import type { IntlShape } from 'react-intl';
import type { AppError } from '../../shared/result';
import { limitChecks } from '../../shared/text/limit-checks';
import { inEnglish, wordsEnglish, type Words, type WordsId } from '../../shared/text/words';
import { activeIntl } from './active-intl';
import type { MessageId } from './locale-messages';

/** A region code (DE) named in the locale's language; a code that is none stays as it is. */
export function regionName(code: string, intl: IntlShape): string {
  try {
    return intl.formatDisplayName(code, { type: 'region' }) ?? code;
  } catch {
    return code;
  }
}

/** A sentence main said, in the locale's words. A component passes its useIntl() to follow a change of language. */
export function wordsText({ id, values }: Words, intl: IntlShape = activeIntl()): string {
  const country = values?.country;
  const named = typeof country === 'string' ? { ...values, country: regionName(country, intl) } : values;
  return intl.formatMessage({ id: `words.${id}` satisfies MessageId }, named);
}

/** A failure from main as the person reads it: its words translated, or its message as sent when it has none. */
export function inPersonsLanguage(error: AppError): AppError {
  return error.words ? { ...error, message: wordsText(error.words) } : error;
}

let wordsByEnglish: ReadonlyMap<string, Words> | undefined;

/** Each sentence of every area by its English: those without arguments, and the checks that name a fixed limit. */
function wordsOfEnglish(): ReadonlyMap<string, Words> {
  if (wordsByEnglish) return wordsByEnglish;
  const found = new Map<string, Words>();
  for (const [area, table] of Object.entries(wordsEnglish)) {
    for (const [key, english] of Object.entries(table as Readonly<Record<string, string>>)) {
      if (!english.includes('{') && !found.has(english)) found.set(english, { id: `${area}.${key}` as WordsId });
    }
  }
  for (const check of Object.values(limitChecks)) found.set(inEnglish(check), check);
  wordsByEnglish = found;
  return found;
}

/**
 * A shared zod schema's message in the person's language: the schemas word their checks with the English of the
 * words tables, so the English finds its sentence back. Text that is no sentence of ours stays as it is.
 */
export function checkText(message: string, intl: IntlShape): string {
  const found = wordsOfEnglish().get(message);
  return found ? wordsText(found, intl) : message;
}
