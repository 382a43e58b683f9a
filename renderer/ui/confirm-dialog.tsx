import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { ModalDialog } from './modal-dialog';

/** Class names of the dialog's parts, so each screen keeps its own look. */
export interface ConfirmDialogClasses {
  dialog: string;
  content: string;
  title: string;
  message: string;
  error: string;
  buttons: string;
  cancel: string;
  confirm: string;
  danger: string;
}

export const contactsConfirmClasses: ConfirmDialogClasses = {
  dialog: 'contacts-dialog contacts-dialog--small',
  content: 'contacts-dialog__content',
  title: 'contacts-dialog__title',
  message: 'contacts-dialog__intro',
  error: 'contacts-problem',
  buttons: 'contacts-dialog__buttons',
  cancel: 'secondary-button',
  confirm: 'secondary-button',
  danger: 'danger-button',
};

interface ConfirmDialogProps {
  title: ReactNode;
  message: ReactNode;
  /** The confirm button's text, and the one shown while busy. */
  confirmLabel: string;
  busyLabel?: string;
  danger?: boolean;
  busy?: boolean;
  /** A refusal to show above the buttons. */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
  fallbackFocus(): HTMLElement | null;
  classes?: ConfirmDialogClasses;
}

/** Asks before doing something; Cancel has focus, Escape cancels. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  busyLabel,
  danger = false,
  busy = false,
  error,
  onConfirm,
  onCancel,
  fallbackFocus,
  classes = contactsConfirmClasses,
}: ConfirmDialogProps) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();

  function confirm() {
    if (busy) return;
    onConfirm();
  }

  return (
    <ModalDialog
      className={classes.dialog}
      labelledBy={titleId}
      describedBy={bodyId}
      onCancel={onCancel}
      fallbackFocus={fallbackFocus}
    >
      <div className={classes.content}>
        <h2 id={titleId} className={classes.title}>
          {title}
        </h2>
        <p id={bodyId} className={classes.message}>
          {message}
        </p>
        {error && (
          <p className={classes.error} role="alert">
            {error}
          </p>
        )}
        <div className={classes.buttons}>
          <button type="button" className={classes.cancel} data-autofocus onClick={onCancel}>
            {t('ui.cancel')}
          </button>
          <button
            type="button"
            className={danger ? classes.danger : classes.confirm}
            aria-disabled={busy || undefined}
            onClick={confirm}
          >
            {busy ? (busyLabel ?? confirmLabel) : confirmLabel}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
