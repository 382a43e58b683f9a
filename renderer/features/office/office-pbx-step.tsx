import { useEffect, useState } from 'react';
import type { OfficeTrunkState } from '../../../shared/models/office-trunk';
import { officeTrunkTaskIds, type OfficeTrunkTaskId } from '../../../shared/models/office-trunk-names';
import type { OwnedNumber } from '../../../shared/models/twilio-setup';
import type { MessageId } from '../../i18n/locale-messages';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { selectors, useOfficeTrunkStore } from '../../stores/office/office-trunk.store';
import { selectors as settingsSelectors, useSettingsStore } from '../../stores/settings/settings.store';
import { useSetupStore } from '../../stores/setup/setup.store';
import { CredentialsFormView } from '../wizard/credentials-form-view';
import { ProvisionChecklist } from '../wizard/provision-checklist';
import { WizardButtons, WizardProgress, WizardStep } from '../wizard/wizard-step';
import { OfficeConfigFiles } from './office-config-files';
import { initialOfficeForm, officeFormOf, pbxKindLabels, type OfficeForm } from './office-form';
import { OfficePbxForm } from './office-pbx-form';
import { OfficeRemoval, OfficeRemovalReport } from './office-removal';
import './office-config-files.css';

const officeTaskLabelIds: Readonly<Record<OfficeTrunkTaskId, MessageId>> = {
  trunk: 'office.taskTrunk',
  origination: 'office.taskOrigination',
  credentials: 'office.taskCredentials',
  'ip-access': 'office.taskIpAccess',
  'termination-auth': 'office.taskTerminationAuth',
  number: 'office.taskNumber',
};

export const officeTaskLabels = (t: Translate): Readonly<Record<OfficeTrunkTaskId, string>> =>
  Object.fromEntries(officeTrunkTaskIds.map((id) => [id, t(officeTaskLabelIds[id])])) as Record<
    OfficeTrunkTaskId,
    string
  >;

const tasksOf = (office: OfficeTrunkState) =>
  office.tasks.length > 0
    ? office.tasks
    : officeTrunkTaskIds.map((id) => ({ id, status: 'pending' as const, detail: null }));

/** The last choices main kept, else a new form with the first free number chosen. */
function startingForm(
  office: OfficeTrunkState,
  country: string,
  numbers: readonly OwnedNumber[],
  trunkName: string,
): OfficeForm {
  if (office.input) return officeFormOf(office.input);
  return { ...initialOfficeForm(country, trunkName), phoneNumber: numbers[0]?.phoneNumber ?? '' };
}

function ConnectedOffice({ office, onChange, onDone }: { office: OfficeTrunkState; onChange(): void; onDone(): void }) {
  const t = useT();
  const input = office.input!;
  return (
    <WizardStep
      step={null}
      heading={t('office.connectedHeading')}
      intro={t('office.connectedIntro', {
        number: input.phoneNumber,
        address: input.pbxAddress,
        pbx: pbxKindLabels[input.pbx],
        domain: office.terminationDomain,
        username: office.username,
      })}
    >
      <OfficeConfigFiles files={office.files} />
      <OfficeRemoval />
      <WizardButtons onBack={onChange} busy={false}>
        <button type="button" className="button wizard-button" onClick={onDone}>
          {t('office.finish')}
        </button>
      </WizardButtons>
    </WizardStep>
  );
}

/** "Connect an office phone system": the Twilio account (its credentials step when not connected), the form, the checklist, the files. */
export function OfficePbxStep({ onBack, onDone }: { onBack(): void; onDone(): void }) {
  const t = useT();
  const account = useSetupStore((state) => state.setup?.account ?? null);
  const lineNumber = useSetupStore((state) => state.setup?.number?.phoneNumber ?? null);
  const owned = useSetupStore((state) => state.owned);
  const listOwnedNumbers = useSetupStore((state) => state.listOwnedNumbers);
  const country = useSettingsStore((state) => settingsSelectors.settings(state)?.defaultCountry ?? 'US');
  const office = useOfficeTrunkStore(selectors.office);
  const pending = useOfficeTrunkStore(selectors.pending);
  const load = useOfficeTrunkStore((state) => state.load);
  const provision = useOfficeTrunkStore((state) => state.provision);
  const [changing, setChanging] = useState(false);
  const [draft, setDraft] = useState<OfficeForm | null>(null);
  const accountSid = account?.sid;

  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (accountSid) void listOwnedNumbers();
  }, [accountSid, listOwnedNumbers]);

  if (!account) {
    return (
      <WizardStep step={null} heading={t('office.connectAccountHeading')} intro={t('office.connectAccountIntro')}>
        <CredentialsFormView onBack={onBack} onConnected={() => undefined} />
      </WizardStep>
    );
  }
  if (office === null || owned.status === 'loading' || owned.status === 'idle') {
    return (
      <WizardStep step={null} heading={t('office.connectHeading')}>
        <WizardProgress busy text={t('office.loading')} />
      </WizardStep>
    );
  }
  if (pending === 'provision' || office.busy) {
    return (
      <WizardStep step={null} heading={t('office.connectingHeading')}>
        <ProvisionChecklist tasks={tasksOf(office)} labels={officeTaskLabels(t)} />
        <WizardProgress busy text={t('office.workingWithTwilio')} />
      </WizardStep>
    );
  }
  if (office.ready && !changing) {
    return <ConnectedOffice office={office} onChange={() => setChanging(true)} onDone={onDone} />;
  }
  const numbers = owned.items.filter((number) => number.phoneNumber !== lineNumber && number.capabilities.voice);
  return (
    <WizardStep step={null} heading={t('office.connectHeading')} intro={t('office.connectIntro')}>
      <OfficeRemovalReport />
      {office.problem && <ProvisionChecklist tasks={tasksOf(office)} labels={officeTaskLabels(t)} />}
      <OfficePbxForm
        form={draft ?? startingForm(office, country, numbers, t('office.defaultTrunkName'))}
        onChange={setDraft}
        onConnect={(input) => {
          // A rerun from the form ends on the files again.
          setChanging(false);
          void provision(input);
        }}
        numbers={numbers}
        onBack={() => (office.ready ? setChanging(false) : onBack())}
      />
    </WizardStep>
  );
}
