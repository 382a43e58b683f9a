import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/*
 * A form control's frame: a label, a hint that says what to enter, and the problem found in what was
 * entered, tied to the control with aria-describedby (fieldAria) so screen readers read all three.
 */

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

export function FieldShell({ id, label, hint, error, optional, children }: FieldShellProps) {
  const t = useT();
  return (
    <div className="account-form__field">
      <label className="account-form__label" htmlFor={id}>
        {label}
        {optional && <span className="account-form__optional">{t('ui.optional')}</span>}
      </label>
      {hint !== undefined && (
        <p className="account-form__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error !== undefined && (
        <p className="account-form__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The control's aria-invalid and aria-describedby for its FieldShell's hint and error, plus `extra` ids. */
export function fieldAria(id: string, hint: unknown, error: unknown, extra?: string) {
  const describedBy = [hint !== undefined && `${id}-hint`, error !== undefined && `${id}-error`, extra]
    .filter(Boolean)
    .join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined } as const;
}
