import { useId } from 'react';
import type { AccountSummary } from '../../../shared/models/account';
import { ModalDialog } from '../../ui/modal-dialog';
import { AccountFormBody } from './account-form-body';
import { useAccountForm } from './use-account-form';

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
  const { formRef, edited, values, errors, busy, change, submit, alerts } = useAccountForm(account, onClose);

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
          {alerts}
          <div className="account-form__buttons">
            <button type="button" className="secondary-button" onClick={onClose}>
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
