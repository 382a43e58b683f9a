import type { IntlShape } from 'react-intl';
import type { AppError } from '../../shared/result';
import type { Words } from '../../shared/text/words';
import { activeIntl } from './active-intl';
import type { MessageId } from './locale-messages';

function regionName(code: string, intl: IntlShape): string {
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
