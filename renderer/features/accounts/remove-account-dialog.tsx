import { useEffect } from 'react';
import type { AccountSummary } from '../../../shared/models/account';
import { useT } from '../../i18n/use-t';
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
  const t = useT();

  useEffect(() => clearChangeErrors, [clearChangeErrors]);

  async function confirm() {
    if (await remove(account.id)) onClose();
  }

  return (
    <ConfirmDialog
      classes={accountConfirmClasses}
      title={t('accounts.removeTitle', { label: account.label })}
      message={t('accounts.removeMessage')}
      confirmLabel={t('accounts.removeConfirm')}
      busyLabel={t('accounts.removing')}
      danger
      busy={removeStatus.status === 'busy'}
      error={removeStatus.status === 'failed' ? removeStatus.message : null}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
