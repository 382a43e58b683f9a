import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { ConnectedAccount } from './connected-account';
import { CredentialsFormView } from './credentials-form-view';
import { WizardButtons, WizardProgress, WizardStep } from './wizard-step';

/** Step 2: the Twilio account, by Account SID and Auth Token or by API key. */
export function CredentialsStep() {
  const account = useSetupStore((state) => state.setup?.account ?? null);
  const busy = useSetupStore(selectors.busy);
  const pending = useSetupStore(selectors.pending);
  const goTo = useSetupStore((state) => state.goTo);
  const [changing, setChanging] = useState(false);
  const t = useT();
  const back = () => void goTo('welcome');

  return (
    <WizardStep step="credentials" heading={t('wizard.stepHeadingCredentials')} intro={t('wizard.credentialsIntro')}>
      {account && !changing ? (
        <>
          <ConnectedAccount account={account} onChangeAccount={() => setChanging(true)} />
          <WizardProgress busy={pending === 'go-to'} text={t('wizard.opening')} />
          <WizardButtons onBack={back} busy={busy}>
            <button
              type="button"
              className="button wizard-button"
              aria-disabled={busy || undefined}
              onClick={() => !busy && void goTo('edge')}
            >
              {t('wizard.continue')}
            </button>
          </WizardButtons>
        </>
      ) : (
        <CredentialsFormView onBack={back} onConnected={() => setChanging(false)} />
      )}
    </WizardStep>
  );
}
