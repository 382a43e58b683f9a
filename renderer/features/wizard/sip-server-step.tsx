import { AccountFormBody } from '../accounts/account-form-body';
import '../accounts/phone-line-section.css';
import { useAccountForm } from '../accounts/use-account-form';
import { WizardButtons, WizardProgress, WizardStep } from './wizard-step';

/** "Connect to another SIP server": the Settings account form, full-window, saved through the accounts store. */
export function SipServerStep({ onBack, onSaved }: { onBack(): void; onSaved(): void }) {
  const { formRef, values, errors, busy, change, submit, alerts } = useAccountForm(null, onSaved);

  return (
    <WizardStep
      step={null}
      heading="Connect to another SIP server"
      intro="For a SIP provider or your office phone system (PBX). Only the SIP address and the password are needed; the rest has sensible defaults."
    >
      <form ref={formRef} className="wizard-form account-form" noValidate onSubmit={(event) => void submit(event)}>
        <AccountFormBody values={values} errors={errors} edited={null} onChange={change} />
        {alerts}
        <WizardProgress busy={busy} text="Saving…" />
        <WizardButtons onBack={onBack} busy={busy}>
          <button type="submit" className="button wizard-button" aria-disabled={busy || undefined}>
            Save
          </button>
        </WizardButtons>
      </form>
    </WizardStep>
  );
}
