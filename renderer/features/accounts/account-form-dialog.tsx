import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../../shared/models/account';
import { selectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import {
  buildSaveInput,
  fieldNamedInRefusal,
  firstInvalidField,
  formFromAccount,
  newAccountForm,
  validateAccountForm,
  type AccountFormField,
  type AccountFormValues,
  type EditedAccount,
} from './account-form-model';
import { AccountFormBody } from './account-form-body';
import { ModalDialog } from '../../ui/modal-dialog';

interface AccountFormDialogProps {
  /** The account to edit, or null to add one. */
  account: AccountSummary | null;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Add or edit a SIP account: checked here first, then saved by main, whose refusal is shown as is. */
export function AccountFormDialog({ account, onClose, fallbackFocus }: AccountFormDialogProps) {
  const titleId = useId();
  const introId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const edited: EditedAccount = account && {
    id: account.id,
    provider: account.provider,
    hasPassword: account.hasPassword,
  };
  const [values, setValues] = useState<AccountFormValues>(() => (account ? formFromAccount(account) : newAccountForm));
  const [attempted, setAttempted] = useState(false);
  const saveStatus = useAccountsStore(selectors.saveStatus);
  const save = useAccountsStore(selectors.save);
  const clearChangeErrors = useAccountsStore(selectors.clearChangeErrors);
  const busy = saveStatus.status === 'busy';
  // Problems show once Save was pressed, then follow every change.
  const errors = attempted ? validateAccountForm(values, edited) : {};

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    const invalid = firstInvalidField(validateAccountForm(values, edited));
    if (invalid) {
      focusField(invalid);
      return;
    }
    const saved = await save(buildSaveInput(values, edited));
    if (saved) {
      onClose();
      return;
    }
    const named = fieldNamedInRefusal(refusal());
    if (named) focusField(named);
  }

  return (
    <ModalDialog
      className="account-dialog"
      labelledBy={titleId}
      describedBy={introId}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    >
      <form ref={formRef} className="account-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="account-form__scroll">
          <h2 id={titleId} className="account-dialog__title">
            {account ? 'Edit SIP account' : 'Add a SIP account'}
          </h2>
          <p id={introId} className="account-dialog__intro">
            Connect Dialtone to your SIP provider or your office phone system (PBX). Only the SIP address and the
            password are needed; the rest has sensible defaults.
          </p>
          <AccountFormBody values={values} errors={errors} edited={edited} onChange={change} />
        </div>
        <div className="account-form__footer">
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
          <div className="account-form__buttons">
            <button type="button" className="account-button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {busy ? 'Saving…' : 'Save'}
            </button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The message of the save main just refused. */
function refusal(): string {
  const status = useAccountsStore.getState().saveStatus;
  return status.status === 'failed' ? status.message : '';
}
