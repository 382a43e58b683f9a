import type { IntlShape } from 'react-intl';
import type { DialProblemValues, DialProblemWords } from '../../shared/phone/dial-problem-text';
import { activeIntl } from './active-intl';
import { regionName } from './words-text';

/**
 * Why a text cannot be dialled, in the locale's words, the country named in its language. A component
 * passes its useIntl() so that it follows a change of language.
 */
export function dialProblemText(
  failure: { words: DialProblemWords; values: DialProblemValues },
  intl: IntlShape = activeIntl(),
): string {
  const { code = '', country } = failure.values;
  const countryName = country ? regionName(country, intl) : '';
  return intl.formatMessage({ id: `dialProblem.${failure.words}` }, { code, country: countryName });
}
