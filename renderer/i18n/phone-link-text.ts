import type { IntlShape } from 'react-intl';
import type { PhoneLinkProblem } from '../../shared/phone/phone-link';
import { activeIntl } from './active-intl';
import { dialProblemText } from './dial-problem-text';

/** Why a link cannot be called, in the locale's words: its sentences one after the other. */
export function phoneLinkProblemText(problems: readonly PhoneLinkProblem[], intl: IntlShape = activeIntl()): string {
  return problems
    .map((problem) =>
      problem.of === 'dial'
        ? dialProblemText(problem, intl)
        : intl.formatMessage({ id: `phoneLink.${problem.words}` }, problem.values),
    )
    .join(' ');
}
