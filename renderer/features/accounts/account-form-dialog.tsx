import { useId } from 'react';
import type { AccountSummary } from '../../../shared/models/account';
import { useT } from '../../i18n/use-t';
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
  const t = useT();

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
            {account ? t('accounts.editTitle') : t('accounts.addTitle')}
          </h2>
          <p id={introId} className="account-dialog__intro">
            {t('accounts.dialogIntro')}
          </p>
          <AccountFormBody values={values} errors={errors} edited={edited} onChange={change} />
        </div>
        <div className="account-form__footer">
          {alerts}
          <div className="account-form__buttons">
            <button type="button" className="secondary-button" onClick={onClose}>
              {t('accounts.cancel')}
            </button>
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {busy ? t('accounts.saving') : t('accounts.save')}
            </button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}
