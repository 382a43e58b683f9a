import type { TwilioProblem } from '../../../shared/models/twilio-setup';
import type { Words } from '../../../shared/text/words';
import type { Translate } from '../../i18n/message-values';

const said = ({ id, values }: Words, t: Translate) => t(`words.${id}`, values);

/** What went wrong: Dialtone's own words in the app's language, else Twilio's words as sent. */
export function problemMessageText(problem: Pick<TwilioProblem, 'message' | 'messageWords'>, t: Translate): string {
  return problem.messageWords ? said(problem.messageWords, t) : problem.message;
}

/** What to do about a Twilio problem: Dialtone's known advice or own words in the app's language, else the words main sent. */
export function whatToDoText(
  problem: Pick<TwilioProblem, 'whatToDo' | 'adviceKey' | 'whatToDoWords'>,
  t: Translate,
): string {
  if (problem.adviceKey) return t(`twilioAdvice.${problem.adviceKey}`);
  return problem.whatToDoWords ? said(problem.whatToDoWords, t) : problem.whatToDo;
}
