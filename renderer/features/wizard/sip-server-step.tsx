import { useEffect, useRef, useState, type FormEvent } from 'react';
import { selectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { AccountFormBody } from '../accounts/account-form-body';
import {
  buildSaveInput,
  fieldNamedInRefusal,
  firstInvalidField,
  newAccountForm,
  validateAccountForm,
  type AccountFormField,
  type AccountFormValues,
} from '../accounts/account-form-model';
import '../accounts/phone-line-section.css';
import { WizardButtons, WizardProgress, WizardStep } from './wizard-step';

/** "Connect to another SIP server": the Settings account form, full-window, saved through the accounts store. */
export function SipServerStep({ onBack, onSaved }: { onBack(): void; onSaved(): void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<AccountFormValues>(newAccountForm);
  const [attempted, setAttempted] = useState(false);
  const saveStatus = useAccountsStore(selectors.saveStatus);
  const save = useAccountsStore(selectors.save);
  const clearChangeErrors = useAccountsStore(selectors.clearChangeErrors);
  const busy = saveStatus.status === 'busy';
  const errors = attempted ? validateAccountForm(values, null) : {};

  useEffect(() => clearChangeErrors, [clearChangeErrors]);

  function change<K extends AccountFormField>(key: K, value: AccountFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function focusField(field: AccountFormField) {
    const control = formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`);
    const details = control?.closest('details');
    if (details) details.open = true;
    control?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const invalid = firstInvalidField(validateAccountForm(values, null));
    if (invalid) return focusField(invalid);
    if (await save(buildSaveInput(values, null))) return onSaved();
    const status = useAccountsStore.getState().saveStatus;
    const named = fieldNamedInRefusal(status.status === 'failed' ? status.message : '');
    if (named) focusField(named);
  }

  return (
    <WizardStep
      step={null}
      heading="Connect to another SIP server"
      intro="For a SIP provider or your office phone system (PBX). Only the SIP address and the password are needed; the rest has sensible defaults."
    >
      <form ref={formRef} className="wizard-form account-form" noValidate onSubmit={(event) => void submit(event)}>
        <AccountFormBody values={values} errors={errors} edited={null} onChange={change} />
        {saveStatus.status === 'failed' && (
          <p className="account-form__refusal" role="alert">
            {saveStatus.message}
          </p>
        )}
        {attempted && Object.keys(errors).length > 0 && (
          <p className="account-form__refusal" role="alert">
            Some fields need a change; each says what to do.
          </p>
        )}
        <WizardProgress busy={busy} text="Saving…" />
        <WizardButtons onBack={onBack} busy={busy}>
          <button type="submit" className="wizard-button wizard-button--primary" aria-disabled={busy || undefined}>
            Save
          </button>
        </WizardButtons>
      </form>
    </WizardStep>
  );
}
