import { useEffect, useId } from 'react';
import type { AccountSummary } from '../../../shared/models/account';
import { selectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { ModalDialog } from './modal-dialog';

interface RemoveAccountDialogProps {
  account: AccountSummary;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before removing: the account goes, and its saved password with it. Cancel has focus. */
export function RemoveAccountDialog({ account, onClose, fallbackFocus }: RemoveAccountDialogProps) {
  const titleId = useId();
  const bodyId = useId();
  const removeStatus = useAccountsStore(selectors.removeStatus);
  const remove = useAccountsStore(selectors.remove);
  const clearChangeErrors = useAccountsStore(selectors.clearChangeErrors);
  const busy = removeStatus.status === 'busy';

  useEffect(() => clearChangeErrors, [clearChangeErrors]);

  async function confirm() {
    if (busy) return;
    if (await remove(account.id)) onClose();
  }

  return (
    <ModalDialog
      className="account-dialog account-dialog--small"
      labelledBy={titleId}
      describedBy={bodyId}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    >
      <div className="account-dialog__content">
        <h2 id={titleId} className="account-dialog__title">
          Remove {account.label}?
        </h2>
        <p id={bodyId} className="account-dialog__intro">
          Dialtone disconnects this phone line and forgets the account and its saved password. To add it again you will
          need the password.
        </p>
        {removeStatus.status === 'failed' && (
          <p className="account-form__refusal" role="alert">
            {removeStatus.message}
          </p>
        )}
        <div className="account-form__buttons">
          <button type="button" className="account-button" data-autofocus onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="account-button account-button--danger-strong"
            aria-disabled={busy || undefined}
            onClick={() => void confirm()}
          >
            {busy ? 'Removing…' : 'Remove account'}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
