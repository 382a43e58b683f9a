import { useEffect, useState } from 'react';
import type { OfficeTrunkState } from '../../../shared/models/office-trunk';
import { officeTrunkTaskIds, type OfficeTrunkTaskId } from '../../../shared/models/office-trunk-names';
import type { OwnedNumber } from '../../../shared/models/twilio-setup';
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

export const officeTaskLabels: Readonly<Record<OfficeTrunkTaskId, string>> = {
  trunk: 'Elastic SIP trunk',
  origination: 'Origination: calls to the PBX',
  credentials: 'PBX credentials',
  'ip-access': 'PBX address allowed',
  'termination-auth': 'Termination: calls from the PBX',
  number: 'Number moved to the trunk',
};

const tasksOf = (office: OfficeTrunkState) =>
  office.tasks.length > 0
    ? office.tasks
    : officeTrunkTaskIds.map((id) => ({ id, status: 'pending' as const, detail: null }));

/** The last choices main kept, else a new form with the first free number chosen. */
function startingForm(office: OfficeTrunkState, country: string, numbers: readonly OwnedNumber[]): OfficeForm {
  if (office.input) return officeFormOf(office.input);
  return { ...initialOfficeForm(country), phoneNumber: numbers[0]?.phoneNumber ?? '' };
}

function ConnectedOffice({ office, onChange, onDone }: { office: OfficeTrunkState; onChange(): void; onDone(): void }) {
  const input = office.input!;
  return (
    <WizardStep
      step={null}
      heading="Your office phone system is connected"
      intro={`Calls to ${input.phoneNumber} go to ${input.pbxAddress}. Load these files into ${pbxKindLabels[input.pbx]}: it sends calls to Twilio at ${office.terminationDomain} as ${office.username}.`}
    >
      <OfficeConfigFiles files={office.files} />
      <OfficeRemoval />
      <WizardButtons onBack={onChange} busy={false}>
        <button type="button" className="button wizard-button" onClick={onDone}>
          Finish
        </button>
      </WizardButtons>
    </WizardStep>
  );
}

/** "Connect an office phone system": the Twilio account (its credentials step when not connected), the form, the checklist, the files. */
export function OfficePbxStep({ onBack, onDone }: { onBack(): void; onDone(): void }) {
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
      <WizardStep
        step={null}
        heading="Connect your Twilio account"
        intro="Dialtone makes the office trunk on your Twilio account: connect it first."
      >
        <CredentialsFormView onBack={onBack} onConnected={() => undefined} />
      </WizardStep>
    );
  }
  if (office === null || owned.status === 'loading' || owned.status === 'idle') {
    return (
      <WizardStep step={null} heading="Connect an office phone system">
        <WizardProgress busy text="Loading…" />
      </WizardStep>
    );
  }
  if (pending === 'provision' || office.busy) {
    return (
      <WizardStep step={null} heading="Connecting your office phone system">
        <ProvisionChecklist tasks={tasksOf(office)} labels={officeTaskLabels} />
        <WizardProgress busy text="Working with Twilio…" />
      </WizardStep>
    );
  }
  if (office.ready && !changing) {
    return <ConnectedOffice office={office} onChange={() => setChanging(true)} onDone={onDone} />;
  }
  const numbers = owned.items.filter((number) => number.phoneNumber !== lineNumber && number.capabilities.voice);
  return (
    <WizardStep
      step={null}
      heading="Connect an office phone system"
      intro="Dialtone connects your Asterisk, FreeSWITCH or BigBlueButton server to Twilio through an Elastic SIP trunk, moves a number to it, and writes the PBX's configuration."
    >
      <OfficeRemovalReport />
      {office.problem && <ProvisionChecklist tasks={tasksOf(office)} labels={officeTaskLabels} />}
      <OfficePbxForm
        form={draft ?? startingForm(office, country, numbers)}
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
