import { intlFor } from './active-intl';
import type { AppLocale } from './app-locale';
import { translatorOf, type Translate } from './message-values';

/** Test-only: the Translate a component would get from useT() in `locale`, for pure text helpers. */
export function translatorFor(locale: AppLocale): Translate {
  return translatorOf(intlFor(locale));
}
