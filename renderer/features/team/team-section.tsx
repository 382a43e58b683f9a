import { useId } from 'react';
import { selectors as setupSelectors, useSetupStore } from '../../stores/setup/setup.store';
import { selectors, useTeamStore } from '../../stores/team/team.store';
import { ProblemAlert, RequestErrorAlert } from '../wizard/problem-alert';
import { AddRingGroupForm } from './add-ring-group-form';
import { AddTeamMemberForm } from './add-team-member-form';
import { DefaultCallerIdField } from './default-caller-id-field';
import { RingGroupList } from './ring-group-list';
import { TeamMemberList } from './team-member-list';
import './team-section.css';

/**
 * Settings, Team: the people who share the Twilio line's SIP domain. Each has their own login there; calls
 * between them and to their numbers are routed at Twilio.
 */
export function TeamSection() {
  const headingId = useId();
  const hasLine = useSetupStore(setupSelectors.hasTwilioLine);
  const setup = useSetupStore(setupSelectors.setup);
  const problem = useTeamStore(selectors.problem);
  const requestError = useTeamStore(selectors.requestError);
  const lineNumber = setup?.number?.phoneNumber;

  return (
    <section className="team-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        Team
      </h2>
      <div className="settings-card">
        {!hasLine || !setup || !lineNumber ? (
          <div className="settings-field">
            <p className="settings-field__hint">
              People share your line once Dialtone has set up your Twilio phone line: then you can add them here.
            </p>
          </div>
        ) : (
          <>
            <div className="settings-field">
              <p className="settings-field__hint">
                Each person gets their own login on your line. They call each other and the phone network through
                Twilio, and calls to a number of theirs ring them. Dialtone cannot show whether they are connected now:
                Twilio does not list who is registered.
              </p>
              <TeamMemberList team={setup.team} />
            </div>
            <AddTeamMemberForm team={setup.team} lineNumber={lineNumber} />
            <div className="settings-field">
              <h3 className="team-section__add-title">Ring groups</h3>
              <p className="settings-field__hint">
                A ring group is one of your numbers that rings several people at once. When nobody answers, the caller
                leaves a message.
              </p>
              <RingGroupList team={setup.team} lineNumber={lineNumber} />
            </div>
            <AddRingGroupForm team={setup.team} lineNumber={lineNumber} />
            <DefaultCallerIdField value={setup.team.defaultCallerId} />
            {problem && <ProblemAlert problem={problem} />}
            <RequestErrorAlert message={requestError} />
          </>
        )}
      </div>
    </section>
  );
}
