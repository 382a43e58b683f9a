import { selectors as accountSelectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { useNavigationStore, type View } from '../../stores/navigation/navigation.store';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { RegistrationPill } from '../shell/registration-pill';
import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import { A2pRegistrationNote } from './a2p-registration-note';
import { InvitationImportedNote } from './invitation-imported-note';
import { formatPhoneNumber } from './number-text';
import { TestCall } from './test-call';
import { WizardStep } from './wizard-step';

/** What the line is: the Twilio number, or (another SIP server) the account just saved. */
function useLineName(manual: boolean): string | null {
  const setup = useSetupStore(selectors.setup);
  const accounts = useAccountsStore(accountSelectors.accounts);
  if (!manual && setup?.number) return formatPhoneNumber(setup.number.phoneNumber);
  const account = accounts.find((item) => item.id === setup?.accountId) ?? accounts.at(-1);
  return account?.label ?? null;
}

/** Step 6: the line exists; it registers, and a test call is one click away. An invited line says whose it is. */
export function FinishStep({ manual = false, invitation }: { manual?: boolean; invitation?: ImportedInvitation }) {
  const lineName = useLineName(manual);
  const trial = useSetupStore((state) => !manual && state.setup?.account?.isTrial === true);
  const phoneNumber = useSetupStore((state) => (manual ? null : (state.setup?.number?.phoneNumber ?? null)));
  const closeWizard = useSetupStore((state) => state.closeWizard);
  const navigate = useNavigationStore((state) => state.navigate);

  const leaveTo = (view: View) => {
    closeWizard();
    navigate(view);
  };

  return (
    <WizardStep step={manual ? null : 'finish'} heading="Your phone line is ready">
      {invitation ? (
        <InvitationImportedNote invitation={invitation} />
      ) : (
        lineName && (
          <p className="wizard-line-name">
            {manual ? 'Phone line: ' : 'Your number: '}
            <strong>{lineName}</strong>
          </p>
        )
      )}
      <A2pRegistrationNote phoneNumber={phoneNumber} />
      <div className="wizard-registration">
        <span>Status:</span>
        <RegistrationPill />
      </div>
      <TestCall trial={trial} />
      <div className="wizard-buttons">
        <button type="button" className="wizard-link-button" onClick={() => leaveTo('settings')}>
          Go to Settings
        </button>
        <div className="wizard-buttons__forward">
          <button type="button" className="button wizard-button" onClick={() => leaveTo('dialer')}>
            Done
          </button>
        </div>
      </div>
    </WizardStep>
  );
}
