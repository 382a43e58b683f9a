import type { ConfirmDialogClasses } from '../../ui/confirm-dialog';

/** The account dialogs' look (phone-line-section.css) for the wizard's questions. */
export const wizardConfirmClasses: ConfirmDialogClasses = {
  dialog: 'account-dialog account-dialog--small',
  content: 'account-dialog__content',
  title: 'account-dialog__title',
  message: 'account-dialog__intro',
  error: 'account-form__refusal',
  buttons: 'account-form__buttons',
  cancel: 'account-button',
  confirm: 'button',
  danger: 'account-button account-button--danger-strong',
};
