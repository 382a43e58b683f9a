import { useT } from '../../i18n/use-t';
import { selectors as accountSelectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { useNavigationStore, type View } from '../../stores/navigation/navigation.store';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { RegistrationPill } from '../shell/registration-pill';
import type { ImportedInvitation } from '../../../shared/models/line-invitation';
import { A2pRegistrationNote } from './a2p-registration-note';
import { InvitationImportedNote } from './invitation-imported-note';
import { formatPhoneNumber } from './number-text';
import { TestCall } from './test-call';
import { useRichT } from './use-rich-t';
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
  const t = useT();
  const richT = useRichT();

  const leaveTo = (view: View) => {
    closeWizard();
    navigate(view);
  };

  return (
    <WizardStep step={manual ? null : 'finish'} heading={t('wizard.stepHeadingFinish')}>
      {invitation ? (
        <InvitationImportedNote invitation={invitation} />
      ) : (
        lineName && (
          <p className="wizard-line-name">
            {richT(manual ? 'wizard.finishPhoneLine' : 'wizard.finishYourNumber', { name: lineName })}
          </p>
        )
      )}
      <A2pRegistrationNote phoneNumber={phoneNumber} />
      <div className="wizard-registration">
        <span>{t('wizard.finishStatus')}</span>
        <RegistrationPill />
      </div>
      <TestCall trial={trial} />
      <div className="wizard-buttons">
        <button type="button" className="wizard-link-button" onClick={() => leaveTo('settings')}>
          {t('wizard.finishGoToSettings')}
        </button>
        <div className="wizard-buttons__forward">
          <button type="button" className="button wizard-button" onClick={() => leaveTo('dialer')}>
            {t('wizard.finishDone')}
          </button>
        </div>
      </div>
    </WizardStep>
  );
}
