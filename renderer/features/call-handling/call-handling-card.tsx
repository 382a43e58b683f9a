import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { SaveStatus } from '../../ui/save-status';
import { ProblemAlert, RequestErrorAlert } from '../wizard/problem-alert';
import type { CallHandlingPart, CallHandlingSave } from './use-call-handling-save';

interface CallHandlingCardProps {
  part: CallHandlingPart;
  title: string;
  save: CallHandlingSave;
  children: ReactNode;
}

/** One group of call handling under its heading, with the status of a change made in it. */
export function CallHandlingCard({ part, title, save, children }: CallHandlingCardProps) {
  const headingId = useId();
  const mine = save.part === part;
  return (
    <div className="settings-card call-handling-card" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="call-handling-card__heading">
        {title}
      </h3>
      {children}
      <div className="call-handling-card__save">
        <SaveStatus
          save={
            mine && (save.status === 'saving' || save.status === 'saved') ? { status: save.status } : { status: 'idle' }
          }
        />
        {mine && save.status === 'failed' && <SaveProblem />}
      </div>
    </div>
  );
}

/** Twilio's problem with the last save, or main's refusal in its own words. */
function SaveProblem() {
  const t = useT();
  const problem = useSetupStore(selectors.problem);
  const requestError = useSetupStore(selectors.requestError);
  if (problem) return <ProblemAlert problem={problem} />;
  return <RequestErrorAlert message={requestError ?? t('callHandling.saveFailed')} />;
}
