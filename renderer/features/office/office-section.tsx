import { useEffect, useId } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useOfficeTrunkStore } from '../../stores/office/office-trunk.store';
import { ProblemAlert, RequestErrorAlert } from '../wizard/problem-alert';
import { OfficeConfigFiles } from './office-config-files';
import { pbxKindLabels } from './office-form';
import { OfficeRemoval, OfficeRemovalReport } from './office-removal';
import './office-config-files.css';

/** Settings, Office phone system: the trunk Dialtone made for the office PBX, its files, and Remove. */
export function OfficeSection() {
  const headingId = useId();
  const t = useT();
  const office = useOfficeTrunkStore(selectors.office);
  const requestError = useOfficeTrunkStore(selectors.requestError);
  const load = useOfficeTrunkStore((state) => state.load);

  useEffect(() => void load(), [load]);

  const input = office?.input ?? null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('office.sectionHeading')}
      </h2>
      <div className="settings-card">
        <div className="settings-field">
          <OfficeRemovalReport />
          {!office || !input ? (
            <p className="settings-field__hint">{t('office.noneConnected')}</p>
          ) : (
            <>
              <p className="settings-field__hint">
                {t('office.summary', {
                  name: input.friendlyName,
                  pbx: pbxKindLabels[input.pbx],
                  address: input.pbxAddress,
                  number: input.phoneNumber,
                })}
                {office.terminationDomain ? t('office.summaryTrunk', { domain: office.terminationDomain }) : ''}
                {t(office.ready ? 'office.summaryReady' : 'office.summaryNotFinished')}
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
