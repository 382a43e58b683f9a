import { useId } from 'react';
import { selectors as setupSelectors, useSetupStore } from '../../stores/setup/setup.store';
import { useT } from '../../i18n/use-t';
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
  const t = useT();
  const hasLine = useSetupStore(setupSelectors.hasTwilioLine);
  const setup = useSetupStore(setupSelectors.setup);
  const problem = useTeamStore(selectors.problem);
  const requestError = useTeamStore(selectors.requestError);
  const lineNumber = setup?.number?.phoneNumber;

  return (
    <section className="team-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('team.sectionHeading')}
      </h2>
      <div className="settings-card">
        {!hasLine || !setup || !lineNumber ? (
          <div className="settings-field">
            <p className="settings-field__hint">{t('team.noLine')}</p>
          </div>
        ) : (
          <>
            <div className="settings-field">
              <p className="settings-field__hint">{t('team.intro')}</p>
              <TeamMemberList team={setup.team} />
            </div>
            <AddTeamMemberForm team={setup.team} lineNumber={lineNumber} />
            <div className="settings-field">
              <h3 className="team-section__add-title">{t('team.ringGroupsHeading')}</h3>
              <p className="settings-field__hint">{t('team.ringGroupsIntro')}</p>
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
