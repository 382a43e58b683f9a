import { useT } from '../../i18n/use-t';
import { AccountFormBody } from '../accounts/account-form-body';
import '../accounts/phone-line-section.css';
import { useAccountForm } from '../accounts/use-account-form';
import { WizardButtons, WizardProgress, WizardStep } from './wizard-step';

/** "Connect to another SIP server": the Settings account form, full-window, saved through the accounts store. */
export function SipServerStep({ onBack, onSaved }: { onBack(): void; onSaved(): void }) {
  const { formRef, values, errors, busy, change, submit, alerts } = useAccountForm(null, onSaved);
  const t = useT();

  return (
    <WizardStep step={null} heading={t('wizard.welcomeOtherServer')} intro={t('wizard.sipIntro')}>
      <form ref={formRef} className="wizard-form account-form" noValidate onSubmit={(event) => void submit(event)}>
        <AccountFormBody values={values} errors={errors} edited={null} onChange={change} />
        {alerts}
        <WizardProgress busy={busy} text={t('wizard.saving')} />
        <WizardButtons onBack={onBack} busy={busy}>
          <button type="submit" className="button wizard-button" aria-disabled={busy || undefined}>
            {t('wizard.save')}
          </button>
        </WizardButtons>
      </form>
    </WizardStep>
  );
}
