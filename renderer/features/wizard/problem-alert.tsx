import type { TwilioProblem } from '../../../shared/models/twilio-setup';
import { useT } from '../../i18n/use-t';
import { problemCodeText } from './setup-text';
import { problemMessageText, whatToDoText } from './what-to-do-text';

/** Only web pages open in the browser; anything else Twilio sent is shown as text. */
function isWebAddress(address: string): boolean {
  return /^https:\/\/[^\s]+$/i.test(address);
}

/** A Twilio failure in full: its code, its message, what to do, and Twilio's page about it. */
export function ProblemAlert({ problem, id }: { problem: TwilioProblem; id?: string }) {
  const t = useT();
  const code = problemCodeText(problem, t);
  return (
    <div className="wizard-problem" role="alert" id={id}>
      {code && <p className="wizard-problem__code">{code}</p>}
      <p className="wizard-problem__message">{problemMessageText(problem, t)}</p>
      <p className="wizard-problem__todo">{whatToDoText(problem, t)}</p>
      {problem.moreInfo &&
        (isWebAddress(problem.moreInfo) ? (
          <p className="wizard-problem__more">
            <a href={problem.moreInfo} target="_blank" rel="noreferrer">
              {problem.code === null
                ? t('wizard.problemMoreAboutThis')
                : t('wizard.problemMoreAboutCode', { code: String(problem.code) })}
              <span className="visually-hidden">{t('wizard.opensInBrowser')}</span>
            </a>
          </p>
        ) : (
          <p className="wizard-problem__more">{t('wizard.problemMoreInfo', { address: problem.moreInfo })}</p>
        ))}
    </div>
  );
}

/** A request main refused or could not answer, in its own words. */
export function RequestErrorAlert({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <div className="wizard-problem" role="alert">
      <p className="wizard-problem__message">{message}</p>
    </div>
  );
}
