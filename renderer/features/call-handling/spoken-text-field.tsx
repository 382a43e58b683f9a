import type { ReactNode } from 'react';
import { DraftTextField } from './draft-text-field';
import { ListenButton } from './listen-button';
import type { Listen } from './use-listen';

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
export function SpokenTextField({ hint, heardWhenEmpty, listen, listenNoteId, what, ...field }: SpokenTextFieldProps) {
  return (
    <DraftTextField
      {...field}
      hint={() => hint}
      actions={(text) => (
        <ListenButton listen={listen} what={what} text={text.trim() || heardWhenEmpty} noteId={listenNoteId} />
      )}
    />
  );
}
