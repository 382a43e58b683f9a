import type { TwilioProblem } from '../../../shared/models/twilio-setup';
import type { Translate } from '../../i18n/message-values';

/** What to do about a Twilio problem: Dialtone's known advice in the app's language, else the words main sent. */
export function whatToDoText(problem: Pick<TwilioProblem, 'whatToDo' | 'adviceKey'>, t: Translate): string {
  return problem.adviceKey ? t(`twilioAdvice.${problem.adviceKey}`) : problem.whatToDo;
}
