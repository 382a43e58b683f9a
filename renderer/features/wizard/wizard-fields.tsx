import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { FieldShell, fieldAria } from '../../ui/field-shell';

/*
 * Form controls of the wizard in the account form's style (account-form__* classes): a label, a
 * hint, and the problem found, tied to the control with aria-describedby.
 */

interface InputFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange(value: string): void;
  optional?: boolean;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'tel';
  autoComplete?: string;
  /** Another element that describes the field, such as a Twilio problem about it. */
  describedById?: string;
}

export function InputField(props: InputFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error} optional={props.optional}>
      <input
        id={id}
        name={props.name}
        className="account-input wizard-input"
        value={props.value}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        {...fieldAria(id, props.hint, props.error, props.describedById)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FieldShell>
  );
}

/** A secret: hidden as typed, with a button that shows it ("Show API key secret", then "Hide …"). */
export function SecretField(props: Omit<InputFieldProps, 'placeholder' | 'inputMode'>) {
  const id = useId();
  const [shown, setShown] = useState(false);
  const t = useT();
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error}>
      <div className="wizard-secret">
        <input
          id={id}
          name={props.name}
          type={shown ? 'text' : 'password'}
          className="account-input wizard-input"
          value={props.value}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          {...fieldAria(id, props.hint, props.error, props.describedById)}
          onChange={(event) => props.onChange(event.target.value)}
        />
        <button
          type="button"
          className="secondary-button wizard-button wizard-secret__toggle"
          aria-controls={id}
          onClick={() => setShown((now) => !now)}
        >
          {shown ? t('wizard.hide') : t('wizard.show')}
          <span className="visually-hidden"> {props.label}</span>
        </button>
      </div>
    </FieldShell>
  );
}

interface SelectFieldProps<T extends string> {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = useId();
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error}>
      <select
        id={id}
        name={props.name}
        className="settings-select wizard-select"
        value={props.value}
        {...fieldAria(id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.target.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
