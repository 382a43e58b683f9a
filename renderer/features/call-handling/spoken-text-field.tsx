import { useId, useState, type ReactNode } from 'react';
import { ListenButton } from './listen-button';
import type { Listen } from './use-listen';
import './spoken-text.css';

export interface SpokenTextFieldProps {
  label: string;
  hint: ReactNode;
  /** What main has. */
  saved: string;
  /** Shown while empty: what callers then hear instead. */
  placeholder: string;
  /** What callers hear while the field is empty (Listen plays it). */
  heardWhenEmpty: string;
  saveLabel: string;
  busy: boolean;
  /** The schema's message for these words, or null (also while the schema loads: main checks anyway). */
  problemOf(text: string): string | null;
  save(text: string): Promise<boolean>;
  listen: Listen;
  /** The note Listen's buttons are described by. */
  listenNoteId: string;
  /** For Listen's accessible name: "the after-hours greeting". */
  what: string;
}

/** Words Twilio says to callers: written here, saved with Save, played here with Listen. */
export function SpokenTextField(props: SpokenTextFieldProps) {
  const { label, hint, saved, placeholder, heardWhenEmpty, saveLabel, busy, problemOf, save } = props;
  const id = useId();
  // null until the person types: the field then follows what main has.
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
        {hint}
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
        <ListenButton
          listen={props.listen}
          what={props.what}
          text={text.trim() || heardWhenEmpty}
          noteId={props.listenNoteId}
        />
      </div>
    </div>
  );
}
