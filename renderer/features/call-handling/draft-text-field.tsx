import { useId, useState, type ReactNode } from 'react';
import './spoken-text.css';

export interface DraftTextFieldProps {
  label: string;
  /** Under the label; given the text as typed (the SMS count follows it). */
  hint(text: string): ReactNode;
  /** What main has. */
  saved: string;
  placeholder?: string;
  saveLabel: string;
  busy: boolean;
  /** The schema's message for this text, or null (also while the schema loads: main checks anyway). */
  problemOf(text: string): string | null;
  save(text: string): Promise<boolean>;
  /** Buttons beside Save, given the text as typed (Listen plays it). */
  actions?(text: string): ReactNode;
}

/** A text kept at Twilio: written here and saved with Save; the draft follows main until the person types. */
export function DraftTextField(props: DraftTextFieldProps) {
  const { label, hint, saved, placeholder, saveLabel, busy, problemOf, save, actions } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? saved;
  const problem = problemOf(text);
  const canSave = !busy && text.trim() !== saved && problem === null;

  async function submit() {
    if (!canSave) return;
    if (await save(text.trim())) setDraft(null);
  }

  const describedBy = [`${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div className="settings-field spoken-text">
      <label className="settings-field__label" htmlFor={id}>
        {label}
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {hint(text)}
      </p>
      <textarea
        id={id}
        className="text-area"
        rows={2}
        value={text}
        placeholder={placeholder}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setDraft(event.target.value)}
      />
      {problem && (
        <p className="settings-field__problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
      <div className="spoken-text__actions">
        <button type="button" className="button" aria-disabled={!canSave || undefined} onClick={() => void submit()}>
          {saveLabel}
        </button>
        {actions?.(text)}
      </div>
    </div>
  );
}
