import { useEffect } from 'react';
import type { AccountSummary } from '../../../shared/models/account';
import { selectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { ConfirmDialog, type ConfirmDialogClasses } from '../../ui/confirm-dialog';

/** The account dialogs' look (phone-line-section.css) for a question; the wizard asks its own in it too. */
export const accountConfirmClasses: ConfirmDialogClasses = {
  dialog: 'account-dialog account-dialog--small',
  content: 'account-dialog__content',
  title: 'account-dialog__title',
  message: 'account-dialog__intro',
  error: 'account-form__refusal',
  buttons: 'account-form__buttons',
  cancel: 'secondary-button',
  confirm: 'secondary-button',
  danger: 'secondary-button danger-button',
};

interface RemoveAccountDialogProps {
  account: AccountSummary;
  onClose(): void;
  fallbackFocus(): HTMLElement | null;
}

/** Asks before removing: the account goes, and its saved password with it. Cancel has focus. */
export function RemoveAccountDialog({ account, onClose, fallbackFocus }: RemoveAccountDialogProps) {
  const removeStatus = useAccountsStore(selectors.removeStatus);
  const remove = useAccountsStore(selectors.remove);
  const clearChangeErrors = useAccountsStore(selectors.clearChangeErrors);

  useEffect(() => clearChangeErrors, [clearChangeErrors]);

  async function confirm() {
    if (await remove(account.id)) onClose();
  }

  return (
    <ConfirmDialog
      classes={accountConfirmClasses}
      title={`Remove ${account.label}?`}
      message="Dialtone disconnects this phone line and forgets the account and its saved password. To add it again you will need the password."
      confirmLabel="Remove account"
      busyLabel="Removing…"
      danger
      busy={removeStatus.status === 'busy'}
      error={removeStatus.status === 'failed' ? removeStatus.message : null}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
