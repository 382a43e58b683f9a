import { useId, type ReactNode } from 'react';
import { FieldShell, fieldAria } from '../../ui/field-shell';

/* The account form's controls, in ui/field-shell's frame: label, hint and problem. */

interface TextFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'password';
  placeholder?: string;
  autoComplete?: string;
  multiline?: boolean;
  optional?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { name, label, hint, error, value, onChange, type = 'text', placeholder, optional } = props;
  const id = useId();
  const common = {
    id,
    name,
    value,
    placeholder,
    className: `account-input${props.multiline ? ' account-input--pem' : ''}`,
    spellCheck: false,
    autoCapitalize: 'off',
    autoCorrect: 'off',
    ...fieldAria(id, hint, error),
  } as const;

  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      {props.multiline ? (
        <textarea {...common} rows={5} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete={props.autoComplete ?? 'off'}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

interface ChoiceFieldProps<T extends string> {
  name: string;
  legend: string;
  hint: string;
  /** A consequence of the current choice the person should know, read with the hint. */
  warning?: string | undefined;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
}

/** A short set of radio buttons in the Settings screen's style. */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>) {
  const { name, legend, hint, warning, options, value, onChange } = props;
  const id = useId();
  return (
    <fieldset
      className="account-form__field account-form__choice"
      aria-describedby={warning ? `${id}-hint ${id}-warning` : `${id}-hint`}
    >
      <legend className="account-form__label">{legend}</legend>
      <p className="account-form__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {warning && (
        <p className="account-form__warning" id={`${id}-warning`}>
          {warning}
        </p>
      )}
      <div className="settings-radios">
        {options.map((option) => (
          <label key={option.value} className="settings-radio">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxField(props: {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="account-form__field">
      <div className="settings-checkbox">
        <input
          id={id}
          name={props.name}
          type="checkbox"
          checked={props.checked}
          aria-describedby={`${id}-hint`}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <label htmlFor={id}>{props.label}</label>
      </div>
      <p className="account-form__hint settings-checkbox__hint" id={`${id}-hint`}>
        {props.hint}
      </p>
    </div>
  );
}
