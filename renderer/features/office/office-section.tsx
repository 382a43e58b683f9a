import { useEffect, useId } from 'react';
import { selectors, useOfficeTrunkStore } from '../../stores/office/office-trunk.store';
import { ProblemAlert, RequestErrorAlert } from '../wizard/problem-alert';
import { OfficeConfigFiles } from './office-config-files';
import { pbxKindLabels } from './office-form';
import { OfficeRemoval, OfficeRemovalReport } from './office-removal';
import './office-config-files.css';

/** Settings, Office phone system: the trunk Dialtone made for the office PBX, its files, and Remove. */
export function OfficeSection() {
  const headingId = useId();
  const office = useOfficeTrunkStore(selectors.office);
  const requestError = useOfficeTrunkStore(selectors.requestError);
  const load = useOfficeTrunkStore((state) => state.load);

  useEffect(() => void load(), [load]);

  const input = office?.input ?? null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        Office phone system
      </h2>
      <div className="settings-card">
        <div className="settings-field">
          <OfficeRemovalReport />
          {!office || !input ? (
            <p className="settings-field__hint">
              No office phone system is connected. To connect an Asterisk, FreeSWITCH or BigBlueButton server through
              Twilio, choose “Connect an office phone system” in the setup.
            </p>
          ) : (
            <>
              <p className="settings-field__hint">
                {input.friendlyName}: {pbxKindLabels[input.pbx]} at {input.pbxAddress}, number {input.phoneNumber}
                {office.terminationDomain ? `, trunk ${office.terminationDomain}` : ''}
                {office.ready ? '.' : ' (not finished: run the setup’s office path again).'}
              </p>
              <OfficeConfigFiles files={office.files} />
              {office.problem && <ProblemAlert problem={office.problem} />}
              <OfficeRemoval />
            </>
          )}
          <RequestErrorAlert message={requestError} />
        </div>
      </div>
    </section>
  );
}
